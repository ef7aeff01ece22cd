using Algoritma.Simulation.Arrivals;
using NodaTime;

namespace Algoritma.Simulation.Lifecycle;

/// <summary>The next command of a planned request, due at <see cref="At"/>; after submission it knows the request's stream and version.</summary>
internal sealed record Step(StepKind Kind, RequestPlan Plan, Instant At)
{
    public Guid StreamId { get; init; }

    public long Version { get; init; }

    public Guid? CitizenUserId { get; init; }

    public Instant Deadline { get; init; }

    public Step Started(Guid streamId, long version, Guid? citizenUserId) =>
        this with { StreamId = streamId, Version = version, CitizenUserId = citizenUserId };

    public Step Then(StepKind kind, Instant at) => this with { Kind = kind, At = at };
}
