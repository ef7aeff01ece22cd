using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption;

/// <summary>One row of the daily-usage projection: a tenant-local day at one unit through one channel.</summary>
public sealed record UnitDayUsage(string UnitCode, LocalDate Day, Channel Channel, UsageCounts Counts);

/// <summary>The daily-usage projection, read per unit and day (all services summed), for campaign progress.</summary>
public interface IUnitDayUsageSource
{
    /// <summary>
    /// Usage of the current tenant with <paramref name="from"/> ≤ day &lt; <paramref name="toExclusive"/>, summed per unit,
    /// channel and segment between <paramref name="cuts"/>: one row on the first day of each segment (from, or a cut
    /// inside the range). A caller that only compares days with the cuts (day ≥ cut, day &lt; cut) gets the same sums as
    /// from every day's rows.
    /// </summary>
    Task<IReadOnlyList<UnitDayUsage>> UnitDaysAsync(LocalDate from, LocalDate toExclusive, IReadOnlyCollection<LocalDate> cuts, CancellationToken cancellationToken);
}
