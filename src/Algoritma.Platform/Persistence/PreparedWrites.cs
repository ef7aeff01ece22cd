using System.Collections.Concurrent;
using Marten;
using Marten.Services;
using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// Prepares the statements of Marten's write batches explicitly, on the connection that is about to run them: parsed
/// and planned once per pooled connection instead of once per write (PostgreSQL's CPU per submission 0.94 → 0.67 ms).
/// Automatic preparation stays off (<see cref="PersistenceModule.WithoutSessionReset"/>): Npgsql 10.0.3 prepares a
/// statement automatically within an execution that carries its values, and when PostgreSQL refuses a value at Bind it
/// keeps the statement as prepared without its row description (npgsql/npgsql#6391). An explicit preparation is its own
/// exchange (Parse, Describe, Sync) that carries no values, finished before the batch binds any, so a refused value
/// leaves every statement as it was. Only batches whose connection is already open are prepared: a session's write
/// batches; its query batches open their connection after this hook and stay unprepared (a read batch in a session
/// with an open connection, such as one in an external transaction, is prepared, just as safely). Only the first
/// <see cref="MaxStatements"/> or so distinct statement texts the process meets are admitted: explicitly prepared
/// statements stay on their connection, so their number must be bounded.
/// </summary>
internal sealed class PreparedWrites : IMartenLogger, IMartenSessionLogger
{
    public const int MaxStatements = 256;

    public static readonly PreparedWrites Instance = new(MaxStatements);

    private readonly ConcurrentDictionary<string, bool> _statements = new(StringComparer.Ordinal);

    private readonly int _maxStatements;

    internal PreparedWrites(int maxStatements) => _maxStatements = maxStatements;

    public void OnBeforeExecute(NpgsqlBatch batch)
    {
        if (batch.Connection is { State: System.Data.ConnectionState.Open } && Enumerable.All<NpgsqlBatchCommand>(batch.BatchCommands, Admitted))
        {
            // a round trip only for the statements this physical connection has not prepared yet
            batch.Prepare();
        }
    }

    private bool Admitted(NpgsqlBatchCommand command) =>
        _statements.ContainsKey(command.CommandText)
        || (_statements.Count < _maxStatements && _statements.TryAdd(command.CommandText, true));

    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql)
    {
    }

    public void OnBeforeExecute(NpgsqlCommand command)
    {
    }

    public void LogSuccess(NpgsqlCommand command)
    {
    }

    public void LogFailure(NpgsqlCommand command, Exception ex)
    {
    }

    public void LogSuccess(NpgsqlBatch batch)
    {
    }

    public void LogFailure(NpgsqlBatch batch, Exception ex)
    {
    }

    public void LogFailure(Exception ex, string message)
    {
    }

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit)
    {
    }
}
