using Algoritma.Platform.Features.Requests.Sla;
using NodaTime;

namespace Algoritma.Simulation.Arrivals;

/// <summary>When things happen on a simulated day: walk-ins within office hours, online submissions any time of the waking day.</summary>
public static class WorkingHours
{
    /// <summary>An instant within office hours of <paramref name="date"/>, weighted towards the morning; null on a day the office is closed.</summary>
    public static Instant? OfficeInstant(WorkingCalendar calendar, LocalDate date, Random random)
    {
        if (!calendar.IsWorkingDay(date))
        {
            return null;
        }

        var open = calendar.Opens;
        var minutes = Period.Between(open, calendar.Closes, PeriodUnits.Minutes).Minutes;
        var last = Math.Max(1, minutes - 15);

        // queues build up in the morning: the smaller of two uniforms leans early
        var fraction = Math.Min(random.NextDouble(), random.NextDouble() * 1.3);
        var offset = Math.Min(last - 1, (int)(fraction * last));
        var local = date.At(open).PlusMinutes(offset).PlusSeconds(random.Next(0, 60));
        return local.InZoneLeniently(calendar.Zone).ToInstant();
    }

    /// <summary>An instant between 06:00 and 23:00 of <paramref name="date"/>, busiest in the evening.</summary>
    public static Instant OnlineInstant(WorkingCalendar calendar, LocalDate date, Random random)
    {
        var hour = random.NextDouble() < 0.45 ? 18 + random.Next(0, 5) : 6 + random.Next(0, 12);
        var local = date.At(new LocalTime(hour, random.Next(0, 60), random.Next(0, 60)));
        return local.InZoneLeniently(calendar.Zone).ToInstant();
    }

    /// <summary>The instant <paramref name="minutes"/> of office time after <paramref name="from"/> (carrying over to following working days).</summary>
    public static Instant AfterWorkingMinutes(Instant from, int minutes, WorkingCalendar calendar) =>
        SlaCalculator.Deadline(from, new ServiceLevel(SlaUnit.WorkingMinutes, Math.Max(1, minutes)), calendar);

    public static bool IsWithinOfficeHours(WorkingCalendar calendar, Instant instant)
    {
        var local = instant.InZone(calendar.Zone).LocalDateTime;
        return calendar.IsWorkingDay(local.Date) && local.TimeOfDay >= calendar.Opens && local.TimeOfDay <= calendar.Closes;
    }
}
