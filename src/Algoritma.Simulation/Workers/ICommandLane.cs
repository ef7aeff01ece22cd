using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared;
using Algoritma.Simulation.Lifecycle;

namespace Algoritma.Simulation.Workers;

/// <summary>
/// How a worker's commands reach the store: one by one through <see cref="ServiceRequestHandler"/>
/// (<see cref="OneByOneLane"/>), or decided by the same <see cref="RequestRules"/> on state held in memory, each request's
/// stream saved whole, many per transaction (<see cref="BatchedLane"/>).
/// </summary>
internal interface ICommandLane : IAsyncDisposable
{
    /// <summary>The simulated clock the commands run on.</summary>
    SimulatedClock Clock { get; }

    /// <summary>The current DI scope (for a citizen's registration).</summary>
    IServiceProvider Services { get; }

    /// <summary>Before each command: a scope to run it in (and, batched, the save of a full batch).</summary>
    Task ReadyAsync(CancellationToken cancellationToken);

    /// <summary>A submission, or a walk-in served at the counter in one step.</summary>
    Task<RequestPayload> StartAsync(SubmitServiceRequestInput input, Caller caller, bool atCounter, CancellationToken cancellationToken);

    /// <summary>A command on the request <paramref name="step"/> started, at the version the step knows.</summary>
    Task<RequestPayload> DecideAsync(Step step, RequestCommand command, Caller caller, CancellationToken cancellationToken);

    /// <summary>After each command: whether its request goes on (another step follows) or is finished, or was refused.</summary>
    void Settled(bool goesOn);

    /// <summary>A citizen's registration: saved at once (one by one), or decided now and saved with the batch (batched).</summary>
    Task<RegisterCitizenPayload> RegisterCitizenAsync(CitizenRegistration registration, RegisterCitizenInput input, CancellationToken cancellationToken);

    /// <summary>After a simulated day's commands.</summary>
    Task DayEndedAsync(CancellationToken cancellationToken);

    /// <summary>After the worker's last day: what is still pending is saved.</summary>
    Task FinishAsync(CancellationToken cancellationToken);
}
