using JasperFx.Events;
using static Algoritma.Platform.Features.Adoption.Projection.BatchColumns;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>One statement of a batch: SQL with positional '?' parameters (arrays, one element per event).</summary>
public sealed record AdoptionStatement(string Sql, IReadOnlyList<object> Parameters);

/// <summary>
/// Turns a batch of events into set-based statements, in an order that keeps them correct within one batch: a
/// request's facts are written before anything that reads them (its completion, rejection or rating may be in the
/// same batch), and a resubmission's new deadline before the completion judged on it. Each statement groups its
/// rows, so a batch touches each counter row once.
/// </summary>
public static class AdoptionBatch
{
    /// <param name="events">the batch's events, in append order</param>
    /// <param name="zones">each tenant's time zone (IANA name): its local days</param>
    /// <param name="facts">the facts of the requests the batch completes (<see cref="RequestFacts"/>)</param>
    internal static IEnumerable<AdoptionStatement> Statements(
        IReadOnlyList<IEvent> events, IReadOnlyDictionary<string, string> zones, IReadOnlyDictionary<(string Tenant, Guid Request), RequestFact> facts) =>
        Statements(new BatchEvents(events, zones, facts));

    internal static IEnumerable<AdoptionStatement> Statements(BatchEvents batch)
    {
        var (resubmitted, rejected, rated) = (batch.Resubmitted, batch.Rejected, batch.Rated);

        if (batch.Submitted.Count > 0)
        {
            var rows = batch.Submissions;
            yield return new(AdoptionSql.InsertFacts, rows.Facts());
            yield return new(AdoptionSql.CountStarted, rows.DailyStarted());
            yield return new(AdoptionSql.RollUpStarted, rows.RollUpStarted());
        }

        if (resubmitted.Count > 0)
        {
            // before the completions: a request's clock restarts with complete documents, and its completion is judged on that
            yield return new(AdoptionSql.RestartSlaClocks, [
                TenantIds(resubmitted), StreamIds(resubmitted), Column(resubmitted, e => e.Data.Deadline!.Value.ToUniversalTime()), Column(resubmitted, e => e.Sequence)]);
        }

        if (batch.Completed.Count > 0)
        {
            var rows = batch.Completions;
            yield return new(AdoptionSql.InsertCompletions, rows.Rows());
            yield return new(AdoptionSql.CountCompleted, rows.Daily());
            yield return new(AdoptionSql.RollUpCompleted, rows.RollUp());
        }

        if (rejected.Count > 0)
        {
            object[] rows = [TenantIds(rejected), StreamIds(rejected), Column(rejected, e => e.Data.At.ToUniversalTime())];
            yield return new(AdoptionSql.CountRejected, rows);
            yield return new(AdoptionSql.RollUpRejected, rows);
        }

        if (rated.Count > 0)
        {
            // one array per IKM element (u1..u9), so each row of the unnest is one answer
            var elements = Enumerable.Range(0, 9).Select(i => (object)Column(rated, e => (long)e.Data.Scores[i]));
            yield return new(AdoptionSql.AddRatings, [TenantIds(rated), StreamIds(rated), Column(rated, e => e.Data.At.ToUniversalTime()), .. elements]);
        }
    }
}
