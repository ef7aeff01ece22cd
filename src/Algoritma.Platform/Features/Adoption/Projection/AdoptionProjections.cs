using Algoritma.Platform.Persistence;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Weasel.Core;
using Weasel.Postgresql.Tables;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The adoption analytics' two async projections: usage (<see cref="AdoptionProjection"/>) and citizens
/// (<see cref="CitizenProjection"/>). Each owns its tables and its progress mark; the daemon runs them side by side, so a
/// catch-up or rebuild keeps both cores busy. Each batch's statements run in the daemon's batch transaction together with
/// its progress mark, so a crash never counts an event twice; a rebuild empties the projection's tables and replays its
/// events in order.
/// </summary>
public static class AdoptionProjections
{
    /// <summary>Events per daemon transaction: large batches make few, large statements.</summary>
    public const int DefaultBatchSize = 2000;

    public static readonly IReadOnlyList<string> Names = [AdoptionProjection.ProjectionName, CitizenProjection.ProjectionName];

    /// <summary>Registers both projections, their tables (created and migrated by Marten) and their teardown on a rebuild.</summary>
    public static void Register(StoreOptions options, int? batchSize)
    {
        Add(options, new AdoptionProjection(), AdoptionProjection.SchemaObjects, batchSize);
        Add(options, new CitizenProjection(), CitizenProjection.SchemaObjects, batchSize);
    }

    /// <summary>Rebuilds both projections side by side: their tables emptied, their events replayed (<see cref="ProjectionRebuilds"/>).</summary>
    public static Task RebuildAsync(IProjectionDaemon daemon, string ownerConnection, TimeSpan limit, CancellationToken cancellationToken) =>
        ProjectionRebuilds.RebuildAsync([.. AdoptionShape.All], daemon, ownerConnection, limit, cancellationToken);

    /// <summary>Queues a batch's statements, then stamps the tenants it touched with their data version in <paramref name="versions"/>.</summary>
    internal static void Queue(IDocumentOperations operations, IEnumerable<AdoptionStatement> statements, Table versions, IReadOnlyList<IEvent> events)
    {
        // every statement reads by key: while a catch-up or rebuild fills the tables, statistics that still describe them
        // as they were (empty in a new database) otherwise pick hash joins over whole tables, millions of rows per batch
        operations.QueueSqlCommand("SET LOCAL enable_seqscan = off");
        foreach (var statement in statements)
        {
            operations.QueueSqlCommand(statement.Sql, [.. statement.Parameters]);
        }

        // the tenants' data versions move in the same transaction as their rows (readers key their answers on them)
        operations.QueueSqlCommand(
            AdoptionSql.StampVersions(AdoptionTables.Name(versions)), events.Select(e => e.TenantId).ToArray(), events.Select(e => e.Sequence).ToArray());
    }

    /// <summary>Registers a projection and its schema objects; a rebuild empties each of its tables.</summary>
    private static void Add<T>(StoreOptions options, T projection, IReadOnlyList<ISchemaObject> schemaObjects, int? batchSize)
        where T : ProjectionBase, IProjection
    {
        options.Storage.ExtendedSchemaObjects.AddRange(schemaObjects);
        options.Projections.Add(projection, ProjectionLifecycle.Async, projection.Name, async =>
        {
            async.BatchSize = batchSize ?? DefaultBatchSize;
            foreach (var table in schemaObjects.OfType<Table>())
            {
                async.DeleteDataInTableOnTeardown(AdoptionTables.Name(table));
            }
        });
    }
}
