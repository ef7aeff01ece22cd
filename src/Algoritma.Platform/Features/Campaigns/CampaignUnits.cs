namespace Algoritma.Platform.Features.Campaigns;

/// <summary>Unit codes: a kecamatan (64.72.01) covers its kelurahan/desa (64.72.01.1001).</summary>
public static class CampaignUnits
{
    public static bool Covers(string campaignUnit, string unitCode) =>
        unitCode == campaignUnit || unitCode.StartsWith(campaignUnit + ".", StringComparison.Ordinal);

    /// <summary>The campaign unit that covers <paramref name="unitCode"/>, or null when none does.</summary>
    public static string? CoveringUnit(IEnumerable<string> campaignUnits, string unitCode) =>
        campaignUnits.FirstOrDefault(u => Covers(u, unitCode));
}
