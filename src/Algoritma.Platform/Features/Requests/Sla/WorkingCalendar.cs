using NodaTime;

namespace Algoritma.Platform.Features.Requests.Sla;

/// <summary>A tenant's working time: its zone, work days, holidays and office hours.</summary>
public sealed record WorkingCalendar(DateTimeZone Zone, IReadOnlySet<IsoDayOfWeek> WorkDays, IReadOnlySet<LocalDate> Holidays, LocalTime Opens, LocalTime Closes)
{
    public bool IsWorkingDay(LocalDate date) => WorkDays.Contains(date.DayOfWeek) && !Holidays.Contains(date);

    public static WorkingCalendar Create(string timeZoneId, IEnumerable<int> isoWorkDays, IEnumerable<DateOnly> holidays, TimeOnly opens, TimeOnly closes) =>
        new(DateTimeZoneProviders.Tzdb[timeZoneId],
            isoWorkDays.Select(d => (IsoDayOfWeek)d).ToHashSet(),
            holidays.Select(LocalDate.FromDateOnly).ToHashSet(),
            LocalTime.FromTimeOnly(opens),
            LocalTime.FromTimeOnly(closes));
}

public enum SlaUnit
{
    WorkingDays,
    WorkingMinutes,
}

public sealed record ServiceLevel(SlaUnit Unit, int Amount);
