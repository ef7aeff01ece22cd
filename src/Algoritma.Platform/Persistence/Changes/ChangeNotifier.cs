using Marten;
using Npgsql;

namespace Algoritma.Platform.Persistence.Changes;

/// <summary>
/// Every session that writes events also queues one <c>pg_notify</c> carrying each stream it wrote (tenant, stream id,
/// version), so every API process's <see cref="ChangeFeed"/> hears of it. The notification is a statement of the
/// session's own batch: PostgreSQL delivers it when that transaction commits and never when it rolls back, and a write
/// costs no round trip or connection of its own for it (a separate pool used to take both, plus a session reset, per
/// submission). Marten has assigned the streams' versions by the time the listener runs.
/// </summary>
public sealed class ChangeNotifier : DocumentSessionListenerBase
{
    private const string NotifyEach = $"select pg_notify('{StreamChange.Channel}', change) from unnest(?::text[]) as change";

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var changes = session.PendingChanges.Streams()
            .Select(stream => new StreamChange(stream.TenantId ?? session.TenantId, stream.Id, stream.Version).ToPayload())
            .ToArray();
        if (changes.Length > 0)
        {
            // one parameter, the array (not the array spread as the params of the call)
            session.QueueSqlCommand(NotifyEach, (object)changes);
        }

        return Task.CompletedTask;
    }
}

/// <summary>What the LISTEN connection opens with: unpooled, with keepalives so a dead connection is noticed and opened again.</summary>
public sealed class ChangeDatabase(string connectionString)
{
    public string ListenConnectionString { get; } =
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15, ApplicationName = "algoritma-listen" }.ConnectionString;
}
