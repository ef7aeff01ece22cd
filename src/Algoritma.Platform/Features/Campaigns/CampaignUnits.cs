namespace Algoritma.Platform.Features.Campaigns;

/// <summary>
/// Unit codes: a kecamatan (64.72.01) covers its kelurahan/desa (64.72.01.1001) when listed alone. Listed beside some
/// of its own kelurahan/desa, a kecamatan names its office only: each listed kelurahan counts as itself, and the
/// kecamatan's other villages stay outside the campaign (a kecamatan office joins with its kecamatan, not before).
/// </summary>
public static class CampaignUnits
{
    public static bool Covers(string campaignUnit, string unitCode) =>
        unitCode == campaignUnit || unitCode.StartsWith(campaignUnit + ".", StringComparison.Ordinal);

    /// <summary>The campaign unit that covers <paramref name="unitCode"/>, or null when none does.</summary>
    public static string? CoveringUnit(IReadOnlyCollection<string> campaignUnits, string unitCode) =>
        campaignUnits.Contains(unitCode)
            ? unitCode
            : campaignUnits.FirstOrDefault(u => Covers(u, unitCode) && !NamesOfficeOnly(campaignUnits, u));

    /// <summary>A kecamatan listed with at least one of its own villages stands for its office alone.</summary>
    public static bool NamesOfficeOnly(IReadOnlyCollection<string> campaignUnits, string campaignUnit) =>
        campaignUnits.Any(other => other != campaignUnit && Covers(campaignUnit, other));

    /// <summary>Kecamatan codes have three segments (64.72.01); kelurahan/desa codes four.</summary>
    public static Catalog.UnitLevel LevelOf(string unitCode) =>
        unitCode.Count(c => c == '.') == 2 ? Catalog.UnitLevel.Kecamatan : Catalog.UnitLevel.Kelurahan;
}
