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
    string LegalBasis)
{
    /// <summary>
    /// The longest completion time a standard may promise: a year of working days, or 43,200 working minutes (90 days
    /// of eight office hours). The deadline is found by walking the working calendar day by day; an amount such as
    /// 2,147,483,647 days walked past the calendar's last day (9999-12-31) and failed every submission.
    /// </summary>
    public static int MaxCompletionAmount(CompletionUnit unit) => unit == CompletionUnit.WorkingDays ? 365 : 43_200;

    /// <summary>The highest fee, in rupiah.</summary>
    public const decimal MaxFee = 1_000_000_000m;
}
