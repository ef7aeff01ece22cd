using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Algoritma.Platform.Persistence.Changes;

/// <summary>
/// After a session commits events, one <c>pg_notify</c> per stream it wrote (tenant, stream id, version), so every API
/// process's <see cref="ChangeFeed"/> hears of it. A notification that fails is logged, never the writer's failure: the
/// events are committed by then.
/// </summary>
public sealed class ChangeNotifier(ChangeDatabase database, ILogger<ChangeNotifier> logger) : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var changes = commit.GetStreams()
            .Select(stream => new StreamChange(stream.TenantId ?? session.TenantId, stream.Id, stream.Version))
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        try
        {
            await using var batch = database.Notifications.CreateBatch();
            foreach (var change in changes)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("select pg_notify($1, $2)")
                {
                    Parameters = { new() { Value = StreamChange.Channel }, new() { Value = change.ToPayload() } },
                });
            }

            await batch.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(exception, "Change notification failed for {Count} stream(s); subscribers miss this change", changes.Count);
        }
    }
}

/// <summary>The connections of change notification: a small pool for NOTIFY, and what the LISTEN connection opens with.</summary>
public sealed class ChangeDatabase(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource Notifications { get; } = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 10, ApplicationName = "algoritma-notify" }.ConnectionString);

    /// <summary>The LISTEN connection: unpooled, with keepalives so a dead connection is noticed and opened again.</summary>
    public string ListenConnectionString { get; } =
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15, ApplicationName = "algoritma-listen" }.ConnectionString;

    public ValueTask DisposeAsync() => Notifications.DisposeAsync();
}
