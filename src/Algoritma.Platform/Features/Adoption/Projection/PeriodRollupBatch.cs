using Algoritma.Platform.Features.Requests;
using JasperFx.Events;

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
            yield return new(PeriodRollupSql.CountStarted, [Tenants(submitted), Streams(submitted)]);
        }

        if (completed.Count > 0)
        {
            object[] keys = [Tenants(completed), Streams(completed)];
            yield return new(PeriodRollupSql.CountCompleted, keys);
            yield return new(PeriodRollupSql.AddProcessingTimes, keys);
        }

        if (rejected.Count > 0)
        {
            yield return new(PeriodRollupSql.CountRejected, [Tenants(rejected), Streams(rejected), Array(rejected, e => e.Data.At.ToUniversalTime())]);
        }

        if (rated.Count > 0)
        {
            var elements = Enumerable.Range(0, 9).Select(i => (object)Array(rated, e => (long)e.Data.Scores[i]));
            yield return new(PeriodRollupSql.AddRatings, [Tenants(rated), Streams(rated), Array(rated, e => e.Data.At.ToUniversalTime()), .. elements]);
        }
    }

    private static string[] Tenants<T>(List<IEvent<T>> events) where T : notnull => Array(events, e => e.TenantId);

    private static Guid[] Streams<T>(List<IEvent<T>> events) where T : notnull => Array(events, e => e.StreamId);

    private static TValue[] Array<T, TValue>(List<IEvent<T>> events, Func<IEvent<T>, TValue> value) where T : notnull =>
        [.. events.Select(value)];
}
