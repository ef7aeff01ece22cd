using System.Diagnostics;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared;
using Algoritma.Platform.Persistence;
using Algoritma.Simulation.Lifecycle;
using Marten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.Simulation.Workers;

/// <summary>
/// The fast path: every command validated and decided by <see cref="RequestRules"/> (the handler's own rules) on the
/// state the lane holds of its request, folded from the events it decided, so no stream is read back. A request's events
/// are held until its last command (or the end of the run), then its whole stream is written at once, the streams of
/// about <see cref="MaxEvents"/> events in one transaction by <see cref="BulkStreams"/> (the rows Marten and its inline
/// request view would write, with the view the lane folded), with the citizens' accounts staged while the batch was
/// decided: the store only ever inserts, never loads a stream or a view. A batch is saved in the background
/// (its own DI scope) while the lane decides the next one; one save at a time, so a failed save stops the worker at its
/// next batch. A tracking code another request holds fails the save: the batch's requests draw new codes and the batch
/// is saved again.
/// </summary>
internal sealed class BatchedLane(IServiceScopeFactory scopes, Action<string, TimeSpan>? timed = null) : ICommandLane
{
    /// <summary>Events per transaction.</summary>
    public const int MaxEvents = 5000;

    private const int TrackingCodeAttempts = 3;

    private readonly Dictionary<Guid, HeldStream> _open = [];
    private readonly List<HeldStream> _done = [];
    private AsyncServiceScope? _scope;
    private RequestRules? _rules;
    private HeldStream? _current;
    private int _doneEvents;
    private Task _saving = Task.CompletedTask;

    public SimulatedClock Clock { get; } = new(DateTimeOffset.UnixEpoch);

    public IServiceProvider Services => _scope?.ServiceProvider ?? throw new InvalidOperationException("ReadyAsync comes first.");

    /// <summary>Requests started and not yet finished: what the lane holds in memory.</summary>
    public int InFlight => _open.Count;

    private RequestRules Rules => _rules ?? throw new InvalidOperationException("ReadyAsync comes first.");

    public async Task ReadyAsync(CancellationToken cancellationToken)
    {
        if (_doneEvents >= MaxEvents)
        {
            await SaveAsync(cancellationToken);
        }

        if (_scope is null)
        {
            var scope = scopes.CreateAsyncScope();
            _scope = scope;
            _rules = scope.ServiceProvider.GetRequiredService<RequestRules>();
            // the DbContext's connection stays open for the batch: the tenant setting is sent once, not per query
            await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.OpenConnectionAsync(cancellationToken);
        }
    }

    public async Task<RequestPayload> StartAsync(SubmitServiceRequestInput input, Caller caller, bool atCounter, CancellationToken cancellationToken)
    {
        var streamId = Guid.CreateVersion7();
        var ruled = await Rules.SubmissionAsync(input, caller, streamId, Clock.GetUtcNow(), atCounter, cancellationToken);
        if (!ruled.Accepted)
        {
            _current = null;
            return new RequestPayload(null, ruled.Errors);
        }

        _current = new HeldStream(streamId);
        _open.Add(streamId, _current);
        return _current.Decided(ruled.Events);
    }

    public async Task<RequestPayload> DecideAsync(Step step, RequestCommand command, Caller caller, CancellationToken cancellationToken)
    {
        _current = _open.GetValueOrDefault(step.StreamId) ?? throw new InvalidOperationException("The batched lane decides only on requests it holds.");
        var ruled = await Rules.CommandAsync(command, _current.State, _current.View.Version, step.Version, caller, cancellationToken);
        return ruled.Accepted ? _current.Decided(ruled.Events) : new RequestPayload(null, ruled.Errors);
    }

    public void Settled(bool goesOn)
    {
        if (_current is { } stream && !goesOn)
        {
            Finish(stream);
        }

        _current = null;
    }

    public Task DayEndedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Decided now, saved with the batch: the account is staged in the batch's context (its transaction saves it).</summary>
    public Task<RegisterCitizenPayload> RegisterCitizenAsync(CitizenRegistration registration, RegisterCitizenInput input, CancellationToken cancellationToken) =>
        registration.StageAsync(input, cancellationToken);

    /// <summary>The end of the worker's run: the requests still open are saved as they are, in batches as usual.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var stream in _open.Values.ToList())
        {
            await ReadyAsync(cancellationToken);
            Finish(stream);
        }

        await ReadyAsync(cancellationToken);
        await SaveAsync(cancellationToken);
        await _saving;
    }

    /// <summary>Waits for a save under way and disposes the scope; what is still held (a failed run) is not saved.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _saving;
        }
        finally
        {
            if (_scope is { } scope)
            {
                _scope = null;
                _rules = null;
                await CloseAsync(scope);
            }
        }
    }

    private static async Task CloseAsync(AsyncServiceScope scope)
    {
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.CloseConnectionAsync();
        await scope.DisposeAsync();
    }

    private void Finish(HeldStream stream)
    {
        _open.Remove(stream.StreamId);
        _done.Add(stream);
        _doneEvents += stream.Events.Count;
    }

    /// <summary>Hands the finished requests and the scope they were decided in to a background save, after the save before it.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (_scope is not { } scope)
        {
            return;
        }

        var batch = _done.ToList();
        var rules = Rules;
        _scope = null;
        _rules = null;
        _done.Clear();
        _doneEvents = 0;
        await _saving;
        _saving = Task.Run(() => SaveBatchAsync(scope, rules, batch, cancellationToken), cancellationToken);
    }

    private async Task SaveBatchAsync(AsyncServiceScope scope, RequestRules rules, List<HeldStream> batch, CancellationToken cancellationToken)
    {
        try
        {
            if (batch.Count == 0)
            {
                return;
            }

            var began = Stopwatch.GetTimestamp();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<PlatformDbContext>();
            var copy = new BulkStreams(services.GetRequiredService<IDocumentStore>().Options.Serializer(), services.GetRequiredService<CurrentTenant>().Required.Id);
            for (var attempt = 1; ; attempt++)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                try
                {
                    await copy.WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), [.. batch.Select(s => (s.StreamId, (IReadOnlyList<object>)s.Events, s.View))], cancellationToken);
                    // the citizens' accounts registered while the batch was decided, staged in this context: saved with it
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    timed?.Invoke("Save", Stopwatch.GetElapsedTime(began));
                    return;
                }
                catch (Exception exception) when (attempt < TrackingCodeAttempts && ServiceRequestHandler.IsTrackingCodeTaken(exception))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    foreach (var stream in batch)
                    {
                        stream.NewTrackingCode(rules);
                    }
                }
            }
        }
        finally
        {
            await CloseAsync(scope);
        }
    }

    /// <summary>A request the lane holds: its events so far, and the decider's state and the view folded from them.</summary>
    private sealed class HeldStream(Guid streamId)
    {
        public Guid StreamId { get; } = streamId;

        public List<object> Events { get; } = [];

        public RequestState State { get; private set; } = null!;

        public ServiceRequestView View { get; private set; } = null!;

        /// <summary>A tracking code another request took while this one was held: its first event and its view get a new one.</summary>
        public void NewTrackingCode(RequestRules rules)
        {
            Events[0] = rules.WithNewTrackingCode((RequestSubmitted)Events[0]);
            View = null!;
            for (var version = 1; version <= Events.Count; version++)
            {
                View = HeldViews.Apply(View, Events[version - 1], version);
            }
        }

        public RequestPayload Decided(IReadOnlyList<object> events)
        {
            foreach (var data in events)
            {
                Events.Add(data);
                State = RequestDecider.Evolve(State, data)!;
                View = HeldViews.Apply(View, data, Events.Count);
            }

            return new RequestPayload(View, []);
        }
    }
}
