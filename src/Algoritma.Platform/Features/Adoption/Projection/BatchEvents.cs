using Algoritma.Platform.Features.Requests;
using JasperFx.Events;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// A batch's events of each type the producers read, with its submissions and completions prepared once (local days,
/// facts) for every producer's statements.
/// </summary>
internal sealed class BatchEvents
{
    /// <param name="events">the batch's events, in append order</param>
    /// <param name="zones">each tenant's time zone (IANA name): its local days</param>
    /// <param name="facts">the facts of the requests the batch completes (<see cref="RequestFacts"/>)</param>
    public BatchEvents(
        IReadOnlyList<IEvent> events, IReadOnlyDictionary<string, string> zones, IReadOnlyDictionary<(string Tenant, Guid Request), RequestFact> facts)
    {
        Submitted = [.. events.OfType<IEvent<RequestSubmitted>>()];
        Resubmitted = [.. events.OfType<IEvent<RequestResubmitted>>().Where(e => e.Data.Deadline is not null)];
        Completed = [.. events.OfType<IEvent<RequestCompleted>>()];
        Rejected = [.. events.OfType<IEvent<RequestRejected>>()];
        Rated = [.. events.OfType<IEvent<ServiceRated>>()];
        Submissions = new Submissions(Submitted, zones);
        Completions = new Completions(Completed, facts);
    }

    public List<IEvent<RequestSubmitted>> Submitted { get; }

    /// <summary>The resubmissions that restart the SLA clock (those with a new deadline).</summary>
    public List<IEvent<RequestResubmitted>> Resubmitted { get; }

    public List<IEvent<RequestCompleted>> Completed { get; }

    public List<IEvent<RequestRejected>> Rejected { get; }

    public List<IEvent<ServiceRated>> Rated { get; }

    public Submissions Submissions { get; }

    public Completions Completions { get; }
}
