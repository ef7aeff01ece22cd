namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>Period starts computed in memory, as the statements' <c>date_trunc</c> computes them.</summary>
internal static class PeriodGrains
{
    /// <summary>The grains the period roll-ups keep, as date_trunc names them.</summary>
    public static readonly string[] All = ["day", "week", "month"];

    public static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The start of the period of grain 'day', 'week' (Monday) or 'month' holding the day.</summary>
    public static DateOnly Of(string grain, DateOnly day) => grain switch
    {
        "day" => day,
        "week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => Month(day),
    };
}
