using NodaTime;

namespace Algoritma.Platform.Features.Requests.Sla;

/// <summary>
/// A tenant's working calendar: the time zone its offices run on, the ISO days that are
/// work days, the tenant's holiday dates and the daily office hours (local time).
/// </summary>
public sealed record WorkingCalendar(
    DateTimeZone Zone,
    IReadOnlySet<IsoDayOfWeek> WorkDays,
    IReadOnlySet<LocalDate> Holidays,
    LocalTime Opens,
    LocalTime Closes)
{
    /// <summary>True when <paramref name="date"/> is a work day and not a holiday.</summary>
    public bool IsWorkingDay(LocalDate date) =>
        WorkDays.Contains(date.DayOfWeek) && !Holidays.Contains(date);

    /// <summary>The calendar of <paramref name="tenant"/>'s settings.</summary>
    public static WorkingCalendar Of(Tenants.Tenant tenant) =>
        Create(tenant.TimeZone, tenant.WorkDays, tenant.Holidays, tenant.OfficeOpens, tenant.OfficeCloses);

    /// <summary>
    /// Builds a calendar from the primitive types the tenant entity stores.
    /// </summary>
    /// <param name="timeZoneId">IANA zone id, e.g. <c>Asia/Makassar</c>.</param>
    /// <param name="isoWorkDays">ISO day numbers, 1 = Monday … 7 = Sunday.</param>
    /// <param name="holidays">Holiday dates (local dates in the tenant's zone).</param>
    /// <param name="opens">Office opening time (local).</param>
    /// <param name="closes">Office closing time (local); must be after <paramref name="opens"/>.</param>
    /// <exception cref="NodaTime.TimeZones.DateTimeZoneNotFoundException">The zone id is unknown to TZDB.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A work day is outside 1–7, or the office does not open before it closes.</exception>
    public static WorkingCalendar Create(
        string timeZoneId,
        IEnumerable<int> isoWorkDays,
        IEnumerable<DateOnly> holidays,
        TimeOnly opens,
        TimeOnly closes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        ArgumentNullException.ThrowIfNull(isoWorkDays);
        ArgumentNullException.ThrowIfNull(holidays);

        var zone = DateTimeZoneProviders.Tzdb[timeZoneId];

        var workDays = new HashSet<IsoDayOfWeek>();
        foreach (var day in isoWorkDays)
        {
            if (day is < 1 or > 7)
            {
                throw new ArgumentOutOfRangeException(nameof(isoWorkDays), day, "ISO work days must be between 1 (Monday) and 7 (Sunday).");
            }

            workDays.Add((IsoDayOfWeek)day);
        }

        if (opens >= closes)
        {
            throw new ArgumentOutOfRangeException(nameof(closes), closes, "Office hours must close after they open.");
        }

        var holidayDates = holidays.Select(LocalDate.FromDateOnly).ToHashSet();

        return new WorkingCalendar(zone, workDays, holidayDates, LocalTime.FromTimeOnly(opens), LocalTime.FromTimeOnly(closes));
    }
}
