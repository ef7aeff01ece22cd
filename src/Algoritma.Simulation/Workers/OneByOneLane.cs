using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared;
using Algoritma.Simulation.Lifecycle;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Simulation.Workers;

/// <summary>Every command through <see cref="ServiceRequestHandler"/>: the stream fetched, decided and saved on its own.</summary>
internal sealed class OneByOneLane(IServiceScopeFactory scopes) : ICommandLane
{
    private CommandBatch? _batch;

    public SimulatedClock Clock => Batch.Clock;

    public IServiceProvider Services => Batch.Services;

    private CommandBatch Batch => _batch ?? throw new InvalidOperationException("ReadyAsync comes first.");

    public async Task ReadyAsync(CancellationToken cancellationToken)
    {
        if (_batch is { IsFull: false })
        {
            return;
        }

        await DisposeAsync();
        _batch = new CommandBatch(scopes.CreateAsyncScope());
        await _batch.OpenAsync(cancellationToken);
    }

    public async Task<RequestPayload> StartAsync(SubmitServiceRequestInput input, Caller caller, bool atCounter, CancellationToken cancellationToken)
    {
        Batch.Commands++;
        return atCounter
            ? await Batch.Handler.RecordCounterServiceAsync(input, caller, cancellationToken)
            : await Batch.Handler.SubmitAsync(input, caller, cancellationToken);
    }

    public async Task<RequestPayload> DecideAsync(Step step, RequestCommand command, Caller caller, CancellationToken cancellationToken)
    {
        Batch.Commands++;
        return await Batch.Handler.DecideAsync(step.StreamId, step.Version, command, caller, cancellationToken);
    }

    public void Settled(bool goesOn)
    {
    }

    public Task<RegisterCitizenPayload> RegisterCitizenAsync(CitizenRegistration registration, RegisterCitizenInput input, CancellationToken cancellationToken) =>
        registration.RegisterAsync(input, cancellationToken);

    public async Task DayEndedAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async Task FinishAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_batch is not null)
        {
            await _batch.DisposeAsync();
            _batch = null;
        }
    }
}
