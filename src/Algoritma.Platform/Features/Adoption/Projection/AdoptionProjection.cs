using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Weasel.Core;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The adoption projection, run by the async daemon: each batch of request events becomes a handful of set-based
/// upserts into flat tables (<see cref="AdoptionBatch"/>), whatever the batch's size. The statements run in the
/// daemon's batch transaction together with its progress mark, so a crash never counts an event twice; a rebuild
/// empties the tables and replays the events in order. Days are the tenant's local days, in the zone its settings name.
/// </summary>
public sealed class AdoptionProjection : ProjectionBase, IProjection
{
    public const string ProjectionName = "Adoption";

    /// <summary>Events per daemon transaction: large batches make few, large statements.</summary>
    public const int DefaultBatchSize = 2000;

    /// <summary>
    /// The event types the producers read. The daemon loads (and deserialises) only these: verifications, returns and
    /// cancellations, a third of a request's events, never leave the database. A producer that reads another type adds it here.
    /// </summary>
    public static readonly IReadOnlyList<Type> EventTypes =
        [typeof(RequestSubmitted), typeof(RequestResubmitted), typeof(RequestCompleted), typeof(RequestRejected), typeof(ServiceRated)];

    private AdoptionProjection()
    {
        Name = ProjectionName;
        foreach (var type in EventTypes)
        {
            IncludeType(type);
        }
    }

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var zones = await TenantZones.OfAsync(operations, events, cancellation);
        var facts = await RequestFacts.OfCompletionsAsync(operations, events, zones, cancellation);
        // every statement reads by key: while a catch-up or rebuild fills the tables, statistics that still describe them
        // as they were (empty in a new database) otherwise pick hash joins over whole tables, millions of rows per batch
        operations.QueueSqlCommand("SET LOCAL enable_seqscan = off");
        var batch = new BatchEvents(events, zones, facts);
        foreach (var statement in AdoptionBatch.Statements(batch).Concat(PeriodCitizensBatch.Statements(batch)).Concat(PeriodRollupBatch.Statements(batch)))
        {
            operations.QueueSqlCommand(statement.Sql, [.. statement.Parameters]);
        }

        // the tenants' data versions move in the same transaction as their rows (readers key their answers on them)
        operations.QueueSqlCommand(AdoptionSql.StampVersions, events.Select(e => e.TenantId).ToArray(), events.Select(e => e.Sequence).ToArray());
    }

    /// <summary>The tables and functions the projection writes through, created and migrated by Marten.</summary>
    internal static IReadOnlyList<ISchemaObject> SchemaObjects => [.. AdoptionTables.All, .. PeriodRollupTables.SchemaObjects];

    /// <summary>Registers the projection, its tables (created and migrated by Marten) and their teardown on a rebuild.</summary>
    public static void Register(StoreOptions options, int? batchSize)
    {
        options.Storage.ExtendedSchemaObjects.AddRange(SchemaObjects);
        options.Projections.Add(new AdoptionProjection(), ProjectionLifecycle.Async, ProjectionName, async =>
        {
            async.BatchSize = batchSize ?? DefaultBatchSize;
            foreach (var table in AdoptionTables.All.Concat(PeriodRollupTables.All))
            {
                async.DeleteDataInTableOnTeardown(table.Identifier.QualifiedName);
            }
        });
    }
}
