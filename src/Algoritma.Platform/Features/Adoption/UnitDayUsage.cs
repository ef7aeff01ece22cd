using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption;

/// <summary>One row of the daily-usage projection: a tenant-local day at one unit through one channel.</summary>
public sealed record UnitDayUsage(string UnitCode, LocalDate Day, Channel Channel, UsageCounts Counts);

/// <summary>The daily-usage projection, read per unit and day (all services summed), for campaign progress.</summary>
public interface IUnitDayUsageSource
{
    /// <summary>
    /// Rows of the current tenant with <paramref name="from"/> ≤ day &lt; <paramref name="toExclusive"/>. The days of a
    /// calendar month inside the range that no day of <paramref name="cuts"/> falls inside (after its first day) may come
    /// summed as one row on the month's first day: a caller that only compares days with the cuts (day ≥ cut, day &lt; cut)
    /// gets the same sums from far fewer rows.
    /// </summary>
    Task<IReadOnlyList<UnitDayUsage>> UnitDaysAsync(LocalDate from, LocalDate toExclusive, IReadOnlyCollection<LocalDate> cuts, CancellationToken cancellationToken);
}
