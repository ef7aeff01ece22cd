using System.Security.Cryptography;
using System.Text;
using JasperFx;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// Keeps each shaped projection's fingerprint in <c>projection_shapes</c> and rebuilds the projection from its events
/// when the fingerprint it was projected under differs from the code's: a database projected before a table was added
/// gets that table filled instead of read as empty. A database with no events, or one already at the code's shape, is
/// only recorded. The rebuild runs as the daemon role (its policy reads every tenant's events); the API's daemon must
/// not run meanwhile (docs/operations.md).
/// </summary>
internal static class ProjectionShapes
{
    private static readonly TimeSpan RebuildLimit = TimeSpan.FromHours(4);

    public static async Task RebuildChangedAsync(
        IEnumerable<IProjectionShape> shapes, string ownerConnection, string daemonConnection, ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ownerConnection);
        await connection.OpenAsync(cancellationToken);
        await DatabaseRoles.ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS {Table} (name text PRIMARY KEY, fingerprint text NOT NULL, recorded_at timestamptz NOT NULL)", cancellationToken);
        var changed = new List<(IProjectionShape Shape, string Fingerprint)>();
        foreach (var shape in shapes)
        {
            var fingerprint = Fingerprint(shape);
            if (await RecordedAsync(connection, shape.ProjectionName, cancellationToken) != fingerprint)
            {
                changed.Add((shape, fingerprint));
            }
        }

        foreach (var table in changed.SelectMany(c => c.Shape.RetiredTables))
        {
            await DatabaseRoles.ExecuteAsync(connection, $"DROP TABLE IF EXISTS {table}", cancellationToken);
        }

        if (changed.Count > 0)
        {
            await using var store = new DocumentStore(PersistenceModule.EventStoreOptions(Unlimited(daemonConnection), AutoCreate.None));
            var events = (await store.Advanced.FetchEventStoreStatistics(token: cancellationToken)).EventCount;
            if (events > 0)
            {
                logger.LogWarning("Projections {Projections} were projected under another shape: rebuilding them from {Events} events",
                    string.Join(", ", changed.Select(c => c.Shape.ProjectionName)), events);
                using var daemon = await store.BuildProjectionDaemonAsync();
                await ProjectionRebuilds.RebuildAsync([.. changed.Select(c => c.Shape)], daemon, ownerConnection, RebuildLimit, cancellationToken);
            }
        }

        foreach (var (shape, fingerprint) in changed)
        {
            await RecordAsync(connection, shape.ProjectionName, fingerprint, cancellationToken);
        }
    }

    private static string Table => $"{EventStoreSchema.SchemaName}.projection_shapes";

    internal static string Fingerprint(IProjectionShape shape) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shape.Describe())));

    private static string Unlimited(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;

    private static async Task<string?> RecordedAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT fingerprint FROM {Table} WHERE name = $1", connection) { Parameters = { new() { Value = name } } };
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task RecordAsync(NpgsqlConnection connection, string name, string fingerprint, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {Table} (name, fingerprint, recorded_at) VALUES ($1, $2, now()) ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, recorded_at = excluded.recorded_at",
            connection)
        { Parameters = { new() { Value = name }, new() { Value = fingerprint } } };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
