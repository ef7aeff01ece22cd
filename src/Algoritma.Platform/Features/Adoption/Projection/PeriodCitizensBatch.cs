using Algoritma.Platform.Features.Requests;
using JasperFx.Events;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The statements that keep the per-period citizen sets and their counters (<see cref="PeriodCitizensTables"/>) for a
/// batch of events. They run after <see cref="AdoptionBatch"/>'s, whose request facts they read, in the daemon's
/// transaction. The first moves whatever depends on a citizen's first use when the batch moves it (an earlier-dated
/// use can arrive later), over the periods recorded before the batch; the second records the batch's periods,
/// counted with the first uses as they now are. So the counters equal a count over the sets whatever the batches.
/// </summary>
public static class PeriodCitizensBatch
{
    public static IEnumerable<AdoptionStatement> Statements(IReadOnlyList<IEvent> events)
    {
        var submitted = events.OfType<IEvent<RequestSubmitted>>().ToList();
        if (submitted.Count == 0)
        {
            yield break;
        }

        object[] keys = [submitted.Select(e => e.TenantId).ToArray(), submitted.Select(e => e.StreamId).ToArray(), submitted.Select(e => e.Sequence).ToArray()];
        yield return new(PeriodCitizensSql.RecordFirsts, keys);
        yield return new(PeriodCitizensSql.RecordPeriods, keys);
    }
}
