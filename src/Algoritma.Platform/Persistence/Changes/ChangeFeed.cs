using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Algoritma.Platform.Persistence.Changes;

/// <summary>
/// The process's one LISTEN connection on <see cref="StreamChange.Channel"/>, opened when the first subscriber comes and
/// opened again whenever it drops; each notification is fanned out in memory to the subscribers of its tenant only.
/// </summary>
public sealed class ChangeFeed(ChangeDatabase database, ILogger<ChangeFeed> logger) : IAsyncDisposable
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ListeningWait = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, ImmutableArray<Action<StreamChange>>> _subscribers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _starting = new();
    private Task? _loop;

    /// <summary>
    /// Calls <paramref name="onChange"/> for every change of <paramref name="tenant"/> heard from now on (once the LISTEN
    /// connection is up); dispose the result to stop.
    /// </summary>
    public async Task<IDisposable> SubscribeAsync(string tenant, Action<StreamChange> onChange, CancellationToken cancellationToken)
    {
        _subscribers.AddOrUpdate(tenant, _ => [onChange], (_, list) => list.Add(onChange));
        var subscription = new Subscription(this, tenant, onChange);
        EnsureListening();
        try
        {
            await _listening.Task.WaitAsync(ListeningWait, cancellationToken);
        }
        catch
        {
            subscription.Dispose();
            throw;
        }

        return subscription;
    }

    public int SubscriberCount => _subscribers.Values.Sum(list => list.Length);

    private void EnsureListening()
    {
        lock (_starting)
        {
            _loop ??= Task.Run(() => ListenAsync(_stopping.Token));
        }
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.ListenConnectionString);
                await connection.OpenAsync(stopping);
                connection.Notification += (_, notification) => Publish(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {StreamChange.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }

                _listening.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "The change feed's LISTEN connection failed; opening it again in {Delay}", ReconnectDelay);
                try
                {
                    await Task.Delay(ReconnectDelay, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Publish(string payload)
    {
        foreach (var change in StreamChange.FromPayload(payload))
        {
            if (_subscribers.TryGetValue(change.Tenant, out var subscribers))
            {
                foreach (var subscriber in subscribers)
                {
                    subscriber(change);
                }
            }
        }
    }

    private void Unsubscribe(string tenant, Action<StreamChange> onChange) =>
        _subscribers.AddOrUpdate(tenant, _ => [], (_, list) => list.Remove(onChange));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _stopping.Dispose();
    }

    private sealed class Subscription(ChangeFeed feed, string tenant, Action<StreamChange> onChange) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Unsubscribe(tenant, onChange);
            }
        }
    }
}
