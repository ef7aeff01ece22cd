using Algoritma.GraphQL.Server.DataLoader;
using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary>The villages of many kecamatan at once, from the cached regions.</summary>
internal sealed class VillagesByKecamatanLoader(TenantRegions regions) : BatchLoader<string, IReadOnlyList<RegionUnit>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<RegionUnit>>> FetchAsync(
        IReadOnlyCollection<string> kecamatanCodes, CancellationToken cancellationToken)
    {
        var wanted = kecamatanCodes.ToHashSet(StringComparer.Ordinal);
        return (await regions.AllAsync(cancellationToken))
            .Where(u => u.Kind != RegionKind.Kecamatan && wanted.Contains(u.ParentCode))
            .GroupBy(v => v.ParentCode).ToDictionary(g => g.Key, g => (IReadOnlyList<RegionUnit>)[.. g]);
    }
}

/// <summary>Regions by code (a village's kecamatan, nodes by id), from the cached regions.</summary>
internal sealed class RegionByCodeLoader(TenantRegions regions) : BatchLoader<string, RegionUnit>
{
    protected override async Task<IReadOnlyDictionary<string, RegionUnit>> FetchAsync(
        IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        return (await regions.AllAsync(cancellationToken)).Where(u => wanted.Contains(u.Code)).ToDictionary(u => u.Code, StringComparer.Ordinal);
    }
}
