namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>The scopes a unit's figures count in: the city (''), its kecamatan (the first three code segments) and itself.</summary>
internal static class AdoptionScopes
{
    public static IEnumerable<string> Of(string unitCode)
    {
        var kecamatan = string.Join('.', unitCode.Split('.').Take(3));
        return kecamatan == unitCode ? ["", unitCode] : ["", kecamatan, unitCode];
    }
}
