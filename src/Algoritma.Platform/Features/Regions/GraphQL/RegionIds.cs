using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary>A region's global id names its tenant, so an id never resolves inside another tenant.</summary>
internal static class RegionIds
{
    public const string KecamatanType = "Kecamatan";
    public const string VillageType = "Village";

    public static string Encode(RegionUnit unit) =>
        GlobalId.Encode(unit.IsKecamatan ? KecamatanType : VillageType, $"{unit.TenantId}:{unit.Code}");

    public static (string Tenant, string Code)? Decode(string key)
    {
        var separator = key.IndexOf(':', StringComparison.Ordinal);
        return separator > 0 ? (key[..separator], key[(separator + 1)..]) : null;
    }
}
