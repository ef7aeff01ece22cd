using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using static Algoritma.Platform.Features.Adoption.Projection.BatchColumns;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The period roll-ups' statements for a batch, queued after <see cref="AdoptionBatch"/>'s: submissions and completions
/// come grouped from memory with their requests' facts (<see cref="RequestFacts"/>); rejections and ratings read the
/// request facts that batch writes (a request submitted and rejected in one batch included).
/// </summary>
public static class PeriodRollupBatch
{
    /// <param name="events">the batch's events, in append order</param>
    /// <param name="zones">each tenant's time zone: its local days</param>
    /// <param name="facts">the facts of the requests the batch completes</param>
    internal static IEnumerable<AdoptionStatement> Statements(
        IReadOnlyList<IEvent> events, IReadOnlyDictionary<string, string> zones, IReadOnlyDictionary<(string Tenant, Guid Request), RequestFact> facts)
    {
        var submitted = events.OfType<IEvent<RequestSubmitted>>().ToList();
        var completed = events.OfType<IEvent<RequestCompleted>>().ToList();
        var rejected = events.OfType<IEvent<RequestRejected>>().ToList();
        var rated = events.OfType<IEvent<ServiceRated>>().ToList();

        if (submitted.Count > 0)
        {
            yield return new(PeriodRollupSql.CountStarted, new Submissions(submitted, zones).MonthlyStarted());
        }

        if (completed.Count > 0)
        {
            var rows = new Completions(completed, facts);
            yield return new(PeriodRollupSql.CountCompleted, rows.Monthly());
            yield return new(PeriodRollupSql.AddProcessingTimes, rows.Durations());
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
