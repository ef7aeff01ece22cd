using NodaTime;

namespace Algoritma.Platform.Features.Requests.Sla;

/// <summary>SLA deadlines on a tenant's working calendar, in its own time zone.</summary>
public static class SlaCalculator
{
    private const int MaxDaysSearched = 3660;

    /// <summary>
    /// The clock starts at the first working moment at or after submission (outside office hours, on a
    /// weekend or a holiday: the next working day's opening). N working days end at the close of the N-th
    /// working day counting the start day as day 1 — "3 hari kerja" from Monday 10:00 is Wednesday 16:00.
    /// N working minutes are consumed from office time, carrying over to the next working days.
    /// </summary>
    public static Instant Deadline(Instant submitted, ServiceLevel level, WorkingCalendar calendar)
    {
        if (level.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(level), "The completion time must be positive.");
        }

        if (calendar.WorkDays.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(calendar), "A working calendar needs at least one work day.");
        }

        var start = FirstWorkingMoment(submitted.InZone(calendar.Zone).LocalDateTime, calendar);
        return level.Unit == SlaUnit.WorkingDays
            ? At(NthWorkingDay(start.Date, level.Amount, calendar).At(calendar.Closes), calendar)
            : At(AddWorkingMinutes(start, level.Amount, calendar), calendar);
    }

    public static bool IsBreached(Instant deadline, Instant? completedAt, Instant now) => (completedAt ?? now) > deadline;

    /// <summary>Office time elapsed between two instants (processing time without nights, weekends, holidays).</summary>
    public static Duration WorkingTimeBetween(Instant from, Instant to, WorkingCalendar calendar)
    {
        if (to <= from)
        {
            return Duration.Zero;
        }

        var total = Duration.Zero;
        var start = from.InZone(calendar.Zone).LocalDateTime;
        var end = to.InZone(calendar.Zone).LocalDateTime;
        for (var day = start.Date; day <= end.Date; day = day.PlusDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            var open = LocalDateTime.Max(day.At(calendar.Opens), start);
            var close = LocalDateTime.Min(day.At(calendar.Closes), end);
            if (close > open)
            {
                total += Period.Between(open, close, PeriodUnits.Seconds).ToDuration();
            }
        }

        return total;
    }

    private static LocalDateTime FirstWorkingMoment(LocalDateTime local, WorkingCalendar calendar)
    {
        if (calendar.IsWorkingDay(local.Date) && local.TimeOfDay < calendar.Closes)
        {
            return local.TimeOfDay < calendar.Opens ? local.Date.At(calendar.Opens) : local;
        }

        return NextWorkingDay(local.Date, calendar).At(calendar.Opens);
    }

    private static LocalDate NthWorkingDay(LocalDate first, int n, WorkingCalendar calendar)
    {
        var day = first;
        for (var counted = 1; counted < n; counted++)
        {
            day = NextWorkingDay(day, calendar);
        }

        return day;
    }

    private static LocalDateTime AddWorkingMinutes(LocalDateTime start, int minutes, WorkingCalendar calendar)
    {
        var remaining = Duration.FromMinutes(minutes);
        var moment = start;
        while (true)
        {
            var left = Period.Between(moment, moment.Date.At(calendar.Closes), PeriodUnits.Seconds).ToDuration();
            if (remaining <= left)
            {
                return moment.PlusSeconds((long)remaining.TotalSeconds);
            }

            remaining -= left;
            moment = NextWorkingDay(moment.Date, calendar).At(calendar.Opens);
        }
    }

    private static LocalDate NextWorkingDay(LocalDate after, WorkingCalendar calendar)
    {
        var day = after.PlusDays(1);
        for (var searched = 0; !calendar.IsWorkingDay(day); searched++)
        {
            if (searched > MaxDaysSearched)
            {
                throw new InvalidOperationException("No working day within ten years: check the calendar's holidays.");
            }

            day = day.PlusDays(1);
        }

        return day;
    }

    private static Instant At(LocalDateTime local, WorkingCalendar calendar) => local.InZoneLeniently(calendar.Zone).ToInstant();
}
