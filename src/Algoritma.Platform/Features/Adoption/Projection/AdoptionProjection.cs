using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The adoption projection, run by the async daemon: request events become counts in flat tables.
/// Each statement runs in the daemon's batch transaction together with its progress mark, so a crash
/// never counts an event twice; a rebuild empties the tables and replays the events in order.
/// Days are the tenant's local days, in the zone its settings name when the request was submitted.
/// </summary>
public sealed partial class AdoptionProjection : EventProjection
{
    public const string ProjectionName = "Adoption";

    /// <param name="batchSize">events per daemon transaction; Marten's default when null</param>
    public AdoptionProjection(int? batchSize = null)
    {
        Name = ProjectionName;
        if (batchSize is { } size)
        {
            Options.BatchSize = size;
        }

        foreach (var table in AdoptionTables.All)
        {
            SchemaObjects.Add(table);
            Options.DeleteDataInTableOnTeardown(table.Identifier.QualifiedName);
        }
    }

    public void Project(IEvent<RequestSubmitted> e, IDocumentOperations operations)
    {
        var submitted = e.Data;
        operations.QueueSqlCommand(AdoptionSql.InsertFacts, e.TenantId, submitted.RequestId, submitted.UnitCode, submitted.ServiceCode,
            ChannelCode(submitted.Channel), submitted.CitizenKey, submitted.At.ToUniversalTime(), submitted.Deadline.ToUniversalTime(), e.TenantId);
        operations.QueueSqlCommand(AdoptionSql.CountStarted, e.TenantId, submitted.RequestId);
        operations.QueueSqlCommand(AdoptionSql.RollUpStarted, e.TenantId, submitted.RequestId);
        operations.QueueSqlCommand(AdoptionSql.RecordCitizenDay, e.TenantId, submitted.RequestId);
        operations.QueueSqlCommand(AdoptionSql.RecordCitizen, e.TenantId, submitted.RequestId);
    }

    public void Project(IEvent<RequestCompleted> e, IDocumentOperations operations)
    {
        var at = e.Data.At.ToUniversalTime();
        operations.QueueSqlCommand(AdoptionSql.InsertCompletion, at, at, at, e.TenantId, e.StreamId);
        operations.QueueSqlCommand(AdoptionSql.CountCompleted, e.TenantId, e.StreamId);
        operations.QueueSqlCommand(AdoptionSql.RollUpCompleted, e.TenantId, e.StreamId);
    }

    public void Project(IEvent<RequestRejected> e, IDocumentOperations operations)
    {
        operations.QueueSqlCommand(AdoptionSql.CountRejected, e.Data.At.ToUniversalTime(), e.TenantId, e.StreamId);
        operations.QueueSqlCommand(AdoptionSql.RollUpRejected, e.Data.At.ToUniversalTime(), e.TenantId, e.StreamId);
    }

    public void Project(IEvent<ServiceRated> e, IDocumentOperations operations)
    {
        object[] scores = [.. e.Data.Scores.Select(s => (object)(long)s)];
        operations.QueueSqlCommand(AdoptionSql.AddRating, [e.Data.At.ToUniversalTime(), .. scores, e.TenantId, e.StreamId]);
    }

    public static string ChannelCode(Channel channel) => channel.ToString().ToUpperInvariant();
}
