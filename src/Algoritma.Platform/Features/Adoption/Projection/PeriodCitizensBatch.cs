namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The statements that keep the per-period citizen sets and their counters (<see cref="PeriodCitizensTables"/>) for a
/// batch of events. They take the batch's submissions from memory (no join to the request facts)
/// and run in the daemon's transaction. The first moves whatever depends on a citizen's first use when the batch moves it (an earlier-dated
/// use can arrive later), over the periods recorded before the batch; the second records the batch's periods,
/// counted with the first uses as they now are. So the counters equal a count over the sets whatever the batches.
/// </summary>
public static class PeriodCitizensBatch
{
    internal static IEnumerable<AdoptionStatement> Statements(BatchEvents batch)
    {
        if (batch.Submitted.Count == 0)
        {
            yield break;
        }

        var uses = batch.Submissions.Uses();
        yield return new(PeriodCitizensSql.RecordFirsts, uses);
        yield return new(PeriodCitizensSql.RecordPeriods, uses);
    }
}
