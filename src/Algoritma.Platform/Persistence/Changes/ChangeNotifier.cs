using Marten;
using Marten.Services;
using Npgsql;

namespace Algoritma.Platform.Persistence.Changes;

/// <summary>
/// After a session commits events, hands each stream it wrote (tenant, stream id, version) to the process's
/// <see cref="ChangePublisher"/>, so every API process's <see cref="ChangeFeed"/> hears of it. Only a commit is published:
/// a save that fails or rolls back never reaches here.
/// </summary>
public sealed class ChangeNotifier(ChangePublisher publisher) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var stream in commit.GetStreams())
        {
            publisher.Publish(new StreamChange(stream.TenantId ?? session.TenantId, stream.Id, stream.Version));
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// The connections of change notification: one for the publisher's NOTIFY (it runs nothing else, so the pool keeps the
/// session as it is) and what the LISTEN connection opens with.
/// </summary>
public sealed class ChangeDatabase(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource Notifications { get; } = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1, NoResetOnClose = true, ApplicationName = "algoritma-notify" }.ConnectionString);

    /// <summary>The LISTEN connection: unpooled, with keepalives so a dead connection is noticed and opened again.</summary>
    public string ListenConnectionString { get; } =
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15, ApplicationName = "algoritma-listen" }.ConnectionString;

    public ValueTask DisposeAsync() => Notifications.DisposeAsync();
}
