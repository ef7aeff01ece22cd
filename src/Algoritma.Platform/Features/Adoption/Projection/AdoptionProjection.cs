using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The adoption projection, run by the async daemon: each batch of request events becomes a handful of set-based
/// upserts into flat tables (<see cref="AdoptionBatch"/>), whatever the batch's size. The statements run in the
/// daemon's batch transaction together with its progress mark, so a crash never counts an event twice; a rebuild
/// empties the tables and replays the events in order. Days are the tenant's local days, in the zone its settings name.
/// </summary>
public sealed class AdoptionProjection : IProjection
{
    public const string ProjectionName = "Adoption";

    /// <summary>Events per daemon transaction: large batches make few, large statements.</summary>
    public const int DefaultBatchSize = 2000;

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var statement in AdoptionBatch.Statements(events).Concat(PeriodRollupBatch.Statements(events)))
        {
            operations.QueueSqlCommand(statement.Sql, [.. statement.Parameters]);
        }

        return Task.CompletedTask;
    }

    /// <summary>Registers the projection, its tables (created and migrated by Marten) and their teardown on a rebuild.</summary>
    public static void Register(StoreOptions options, int? batchSize)
    {
        options.Storage.ExtendedSchemaObjects.AddRange([.. AdoptionTables.All, .. PeriodRollupTables.SchemaObjects]);
        options.Projections.Add(new AdoptionProjection(), JasperFx.Events.Projections.ProjectionLifecycle.Async, ProjectionName, async =>
        {
            async.BatchSize = batchSize ?? DefaultBatchSize;
            foreach (var table in AdoptionTables.All.Concat(PeriodRollupTables.All))
            {
                async.DeleteDataInTableOnTeardown(table.Identifier.QualifiedName);
            }
        });
    }
}
