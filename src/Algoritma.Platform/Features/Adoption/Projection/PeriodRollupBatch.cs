using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using static Algoritma.Platform.Features.Adoption.Projection.BatchColumns;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The period roll-ups' statements for a batch, queued after <see cref="AdoptionBatch"/>'s: they read the request
/// facts and completions that batch writes (a request submitted and completed in one batch included).
/// </summary>
public static class PeriodRollupBatch
{
    public static IEnumerable<AdoptionStatement> Statements(IReadOnlyList<IEvent> events)
    {
        var submitted = events.OfType<IEvent<RequestSubmitted>>().ToList();
        var completed = events.OfType<IEvent<RequestCompleted>>().ToList();
        var rejected = events.OfType<IEvent<RequestRejected>>().ToList();
        var rated = events.OfType<IEvent<ServiceRated>>().ToList();

        if (submitted.Count > 0)
        {
            yield return new(PeriodRollupSql.CountStarted, [TenantIds(submitted), StreamIds(submitted)]);
        }

        if (completed.Count > 0)
        {
            object[] keys = [TenantIds(completed), StreamIds(completed)];
            yield return new(PeriodRollupSql.CountCompleted, keys);
            yield return new(PeriodRollupSql.AddProcessingTimes, keys);
        }

        if (rejected.Count > 0)
        {
            yield return new(PeriodRollupSql.CountRejected, [TenantIds(rejected), StreamIds(rejected), Column(rejected, e => e.Data.At.ToUniversalTime())]);
        }

        if (rated.Count > 0)
        {
            var elements = Enumerable.Range(0, 9).Select(i => (object)Column(rated, e => (long)e.Data.Scores[i]));
            yield return new(PeriodRollupSql.AddRatings, [TenantIds(rated), StreamIds(rated), Column(rated, e => e.Data.At.ToUniversalTime()), .. elements]);
        }
    }
}
