namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>Period starts computed in memory, as the statements' <c>date_trunc</c> computes them.</summary>
internal static class PeriodGrains
{
    public static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);
}
