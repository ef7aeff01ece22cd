using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Simulation.Workers;

/// <summary>One DI scope (session, DbContext) for a batch of commands, with the handler on the simulated clock.</summary>
internal sealed class CommandBatch : IAsyncDisposable
{
    /// <summary>Commands run in one scope before the next command gets a fresh one.</summary>
    public const int MaxCommands = 400;

    private readonly AsyncServiceScope _scope;

    public CommandBatch(AsyncServiceScope scope)
    {
        _scope = scope;
        Handler = ActivatorUtilities.CreateInstance<ServiceRequestHandler>(scope.ServiceProvider, (TimeProvider)Clock);
    }

    public SimulatedClock Clock { get; } = new(DateTimeOffset.UnixEpoch);

    public ServiceRequestHandler Handler { get; }

    public IServiceProvider Services => _scope.ServiceProvider;

    public int Commands { get; set; }

    public bool IsFull => Commands >= MaxCommands;

    /// <summary>Keeps the DbContext's connection open for the batch: the tenant setting is sent once, not per query.</summary>
    public Task OpenAsync(CancellationToken cancellationToken) =>
        _scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.OpenConnectionAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.CloseConnectionAsync();
        await _scope.DisposeAsync();
    }
}
