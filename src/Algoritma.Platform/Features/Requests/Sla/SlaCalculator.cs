using NodaTime;

namespace Algoritma.Platform.Features.Requests.Sla;

/// <summary>
/// Computes SLA deadlines and office-time metrics on a tenant's <see cref="WorkingCalendar"/>.
/// All calendar reasoning (work days, holidays, office hours) happens in the calendar's zone;
/// inputs and outputs are <see cref="Instant"/>s.
/// </summary>
public static class SlaCalculator
{
    /// <summary>
    /// The instant by which a request submitted at <paramref name="submitted"/> must be completed.
    /// </summary>
    /// <remarks>
    /// The clock starts at the first working moment at or after submission; a request submitted
    /// after closing time, on a non-work day or on a holiday starts at the next working day's opening.
    /// <para>
    /// <see cref="SlaUnit.WorkingDays"/>: the deadline is the closing time of the N-th working day,
    /// where the day the clock starts on counts as day 1. So a request submitted during office hours
    /// (or before opening) on day D has D as day 1 — the way "3 hari kerja" is read at a counter:
    /// submitted Monday 10:00 with 3 working days → due Wednesday at closing time. A request submitted
    /// after hours starts on the next working day, and that day is day 1.
    /// </para>
    /// <para>
    /// <see cref="SlaUnit.WorkingMinutes"/>: N minutes of office time are consumed from the start,
    /// carrying over to the following working days' office hours (15:30 + 60 minutes with a 16:00
    /// close → next working day 08:30). Using up the minutes exactly at closing time yields the
    /// closing time itself.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <see cref="ServiceLevel.Amount"/> is not positive, the calendar has no work day,
    /// or its office does not open before it closes.
    /// </exception>
    public static Instant Deadline(Instant submitted, ServiceLevel level, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(level);
        Validate(calendar);
        if (level.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level.Amount, "The service level amount must be positive.");
        }

        var start = StartOfClock(submitted, calendar);

        return level.Unit switch
        {
            SlaUnit.WorkingDays => DeadlineInWorkingDays(start, level.Amount, calendar),
            SlaUnit.WorkingMinutes => DeadlineInWorkingMinutes(start, level.Amount, calendar),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level.Unit, "Unknown SLA unit."),
        };
    }

    /// <summary>
    /// Whether the SLA is breached: a completed request is breached when it completed after the
    /// deadline; an open one when <paramref name="now"/> is past the deadline. Completing exactly
    /// at the deadline is on time.
    /// </summary>
    public static bool IsBreached(Instant deadline, Instant? completedAt, Instant now) =>
        (completedAt ?? now) > deadline;

    /// <summary>
    /// Office time elapsed between <paramref name="from"/> and <paramref name="to"/>: the overlap of
    /// that interval with the office hours of working days. Zero when <paramref name="to"/> is not
    /// after <paramref name="from"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The calendar has no work day, or its office does not open before it closes.</exception>
    public static Duration WorkingTimeBetween(Instant from, Instant to, WorkingCalendar calendar)
    {
        Validate(calendar);
        if (to <= from)
        {
            return Duration.Zero;
        }

        var total = Duration.Zero;
        var lastDate = to.InZone(calendar.Zone).Date;
        for (var date = from.InZone(calendar.Zone).Date; date <= lastDate; date = date.PlusDays(1))
        {
            if (!calendar.IsWorkingDay(date))
            {
                continue;
            }

            var (opens, closes) = OfficeHours(date, calendar);
            var overlapStart = Instant.Max(opens, from);
            var overlapEnd = Instant.Min(closes, to);
            if (overlapEnd > overlapStart)
            {
                total += overlapEnd - overlapStart;
            }
        }

        return total;
    }

    private static void Validate(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.WorkDays.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(calendar), "The working calendar has no work day.");
        }

        if (calendar.Opens >= calendar.Closes)
        {
            throw new ArgumentOutOfRangeException(nameof(calendar), "The working calendar's office must open before it closes.");
        }
    }

    /// <summary>The first working moment at or after <paramref name="submitted"/>.</summary>
    private static Instant StartOfClock(Instant submitted, WorkingCalendar calendar)
    {
        var date = submitted.InZone(calendar.Zone).Date;
        if (calendar.IsWorkingDay(date))
        {
            var (opens, closes) = OfficeHours(date, calendar);
            if (submitted < closes)
            {
                return Instant.Max(submitted, opens);
            }
        }

        return OfficeHours(NextWorkingDay(date, calendar), calendar).Opens;
    }

    private static Instant DeadlineInWorkingDays(Instant start, int days, WorkingCalendar calendar)
    {
        // The start is always inside a working day's office hours, so its date is day 1.
        var date = start.InZone(calendar.Zone).Date;
        for (var day = 1; day < days; day++)
        {
            date = NextWorkingDay(date, calendar);
        }

        return OfficeHours(date, calendar).Closes;
    }

    private static Instant DeadlineInWorkingMinutes(Instant start, int minutes, WorkingCalendar calendar)
    {
        var remaining = Duration.FromMinutes(minutes);
        var cursor = start;
        var date = start.InZone(calendar.Zone).Date;
        while (true)
        {
            var closes = OfficeHours(date, calendar).Closes;
            var available = closes - cursor;
            if (remaining <= available)
            {
                return cursor + remaining;
            }

            remaining -= available;
            date = NextWorkingDay(date, calendar);
            cursor = OfficeHours(date, calendar).Opens;
        }
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <remarks>Terminates because the calendar has a work day and finitely many holidays.</remarks>
    private static LocalDate NextWorkingDay(LocalDate date, WorkingCalendar calendar)
    {
        var next = date.PlusDays(1);
        while (!calendar.IsWorkingDay(next))
        {
            next = next.PlusDays(1);
        }

        return next;
    }

    /// <summary>
    /// The opening and closing instants of <paramref name="date"/>. Resolved leniently, so a
    /// local time skipped or repeated by a DST transition still maps to a single instant.
    /// </summary>
    private static (Instant Opens, Instant Closes) OfficeHours(LocalDate date, WorkingCalendar calendar) =>
        (date.At(calendar.Opens).InZoneLeniently(calendar.Zone).ToInstant(),
         date.At(calendar.Closes).InZoneLeniently(calendar.Zone).ToInstant());
}
