using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption;

/// <summary>One row of the daily-usage projection: a tenant-local day at one unit through one channel.</summary>
public sealed record UnitDayUsage(string UnitCode, LocalDate Day, Channel Channel, UsageCounts Counts);

/// <summary>The daily-usage projection, read per unit and day (all services summed), for campaign progress.</summary>
public interface IUnitDayUsageSource
{
    /// <summary>Rows of the current tenant with <paramref name="from"/> ≤ day &lt; <paramref name="toExclusive"/>.</summary>
    Task<IReadOnlyList<UnitDayUsage>> UnitDaysAsync(LocalDate from, LocalDate toExclusive, CancellationToken cancellationToken);
}
