using Algoritma.Platform.Features.Requests;
using JasperFx.Events;

namespace Algoritma.Simulation.Workers;

/// <summary>
/// The batched lane's copy of a request's view, folded by <see cref="ServiceRequestProjection"/>'s own methods from the
/// events the lane decided (the copy Marten stores is projected from the same events when the batch is saved).
/// </summary>
internal static class HeldViews
{
    /// <summary>The view after <paramref name="data"/>, the stream's event number <paramref name="version"/>; a new view for a submission.</summary>
    public static ServiceRequestView Apply(ServiceRequestView? view, object data, long version)
    {
        if (data is RequestSubmitted submitted)
        {
            return ServiceRequestProjection.Create(Wrap(submitted, version));
        }

        var current = view ?? throw new InvalidOperationException($"{data.GetType().Name} before the request was submitted.");
        switch (data)
        {
            case RequestReturned e: ServiceRequestProjection.Apply(Wrap(e, version), current); break;
            case RequestResubmitted e: ServiceRequestProjection.Apply(Wrap(e, version), current); break;
            case RequestVerified e: ServiceRequestProjection.Apply(Wrap(e, version), current); break;
            case RequestCompleted e: ServiceRequestProjection.Apply(Wrap(e, version), current); break;
            case RequestRejected e: ServiceRequestProjection.Apply(Wrap(e, version), current); break;
            case RequestCancelled e: ServiceRequestProjection.Apply(Wrap(e, version), current); break;
            case ServiceRated e: ServiceRequestProjection.Apply(Wrap(e, version), current); break;
            default: throw new InvalidOperationException($"The request view has no rule for {data.GetType().Name}.");
        }

        return current;
    }

    private static Event<T> Wrap<T>(T data, long version)
        where T : notnull => new(data) { Version = version };
}
