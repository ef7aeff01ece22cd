namespace Algoritma.Platform.Features.Catalog;

/// <summary>A document the citizen must bring or upload.</summary>
public sealed record Requirement(string Code, string Name, bool Required = true);

public enum CompletionUnit
{
    WorkingDays,
    WorkingMinutes,
}

public enum UnitLevel
{
    Kecamatan,
    Kelurahan,
}

/// <summary>
/// The six public components of a service standard (PermenPANRB 15/2014) plus its legal basis: what a
/// citizen is promised. Changing a published standard makes a new version; requests keep the one they used.
/// </summary>
public sealed record ServiceStandard(
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<string> Procedure,
    CompletionUnit CompletionUnit,
    int CompletionAmount,
    decimal Fee,
    string Product,
    string ComplaintChannel,
    string LegalBasis);
