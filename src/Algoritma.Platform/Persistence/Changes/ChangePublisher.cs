using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Algoritma.Platform.Persistence.Changes;

/// <summary>
/// Sends the process's committed changes as <c>pg_notify</c>, gathered for a few milliseconds and packed many to a
/// notification, from one loop and connection of its own. A NOTIFY inside the write's transaction would hold PostgreSQL's
/// notification-queue lock through that commit's WAL flush, so notifying writes would commit one after another (no
/// group commit); a transaction that only notifies writes no WAL. Each notification also wakes every listening backend
/// of the database, so fewer, fuller ones cost PostgreSQL less than one per write.
/// </summary>
public sealed class ChangePublisher : IAsyncDisposable
{
    /// <summary>Changes waiting beyond this (PostgreSQL unreachable for a while) drop the oldest, logged.</summary>
    public const int MaxWaiting = 100_000;

    /// <summary>Changes per round trip (about 45 bytes each, so a few notifications).</summary>
    public const int MaxPerRoundTrip = 1_000;

    /// <summary>How long a change waits for others to share its round trip, so at most this much later to its subscribers.</summary>
    public static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(10);

    private const string NotifyEach = $"select pg_notify('{StreamChange.Channel}', payload) from unnest($1::text[]) as payload";
    private static readonly TimeSpan FlushOnDispose = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource _database;
    private readonly ILogger<ChangePublisher> _logger;
    private readonly Channel<StreamChange> _waiting;
    private readonly Task _loop;
    private long _dropped;

    public ChangePublisher(ChangeDatabase database, ILogger<ChangePublisher> logger)
    {
        _database = database.Notifications;
        _logger = logger;
        _waiting = Channel.CreateBounded<StreamChange>(
            new BoundedChannelOptions(MaxWaiting) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
        _loop = Task.Run(PublishAsync);
    }

    /// <summary>Queues a committed change; it is sent within the gather window (or one round trip more when busy).</summary>
    public void Publish(StreamChange change) => _waiting.Writer.TryWrite(change);

    private async Task PublishAsync()
    {
        var changes = new List<StreamChange>(MaxPerRoundTrip);
        while (await _waiting.Reader.WaitToReadAsync())
        {
            await Task.Delay(GatherWindow);
            while (changes.Count < MaxPerRoundTrip && _waiting.Reader.TryRead(out var change))
            {
                changes.Add(change);
            }

            await SendAsync(changes);
            changes.Clear();
            if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
            {
                _logger.LogWarning("{Count} change notification(s) dropped while waiting; their subscribers miss them", dropped);
            }
        }
    }

    private async Task SendAsync(List<StreamChange> changes)
    {
        try
        {
            await using var command = _database.CreateCommand(NotifyEach);
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. StreamChange.Payloads(changes)] });
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception exception)
        {
            // whatever failed, the loop goes on: a stopped publisher would silence every later change
            _logger.LogWarning(exception, "Change notification failed for {Count} stream(s); subscribers miss these changes", changes.Count);
        }
    }

    /// <summary>Sends what is waiting (for at most a few seconds), then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _loop.WaitAsync(FlushOnDispose).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
