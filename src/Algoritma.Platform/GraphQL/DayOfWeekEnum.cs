
namespace Algoritma.Platform.GraphQL;

/// <summary><c>DayOfWeek</c>: MONDAY … SUNDAY, for campaigns' priority days and submissions by weekday.</summary>
public sealed class DayOfWeekEnum : EnumerationGraphType<DayOfWeek>
{
    public DayOfWeekEnum() => Name = "DayOfWeek";
}
