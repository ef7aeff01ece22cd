using Algoritma.Platform.Features.Requests;
using JasperFx.Events;

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
    /// <param name="events">the batch's events, in append order</param>
    /// <param name="zones">each tenant's time zone: its local days</param>
    public static IEnumerable<AdoptionStatement> Statements(IReadOnlyList<IEvent> events, IReadOnlyDictionary<string, string> zones)
    {
        var submitted = events.OfType<IEvent<RequestSubmitted>>().ToList();
        if (submitted.Count == 0)
        {
            yield break;
        }

        var uses = new Submissions(submitted, zones).Uses();
        yield return new(PeriodCitizensSql.RecordFirsts, uses);
        yield return new(PeriodCitizensSql.RecordPeriods, uses);
    }
}
