using Algoritma.Platform.Features.Requests.Sla;
using static Algoritma.Platform.Features.Adoption.Projection.BatchColumns;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The period roll-ups' statements for a batch, queued after <see cref="AdoptionBatch"/>'s: submissions and completions
/// come grouped from memory with their requests' facts (<see cref="RequestFacts"/>); rejections and ratings read the
/// request facts that batch writes (a request submitted and rejected in one batch included).
/// </summary>
public static class PeriodRollupBatch
{
    /// <param name="calendars">the working calendars of the tenants whose requests the batch completes (<see cref="BatchCalendars"/>)</param>
    internal static IEnumerable<AdoptionStatement> Statements(BatchEvents batch, IReadOnlyDictionary<string, WorkingCalendar> calendars)
    {
        var (rejected, rated) = (batch.Rejected, batch.Rated);

        if (batch.Submitted.Count > 0)
        {
            yield return new(PeriodRollupSql.CountStarted, batch.Submissions.MonthlyStarted());
        }

        if (batch.Completed.Count > 0)
        {
            var rows = batch.Completions;
            yield return new(PeriodRollupSql.CountCompleted, rows.Monthly());
            yield return new(PeriodRollupSql.AddProcessingTimes, rows.Histograms(calendars));
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
