using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Weasel.Core;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The usage projection, run by the async daemon: each batch of request events becomes a handful of set-based upserts
/// into flat tables (<see cref="AdoptionBatch"/>, <see cref="PeriodRollupBatch"/>), whatever the batch's size: what was
/// started, completed, rejected and rated, per day, period and scope. Days are the tenant's local days, in the zone its
/// settings name. The citizens are counted by <see cref="CitizenProjection"/>, beside it (<see cref="AdoptionProjections"/>).
/// </summary>
public sealed class AdoptionProjection : ProjectionBase, IProjection
{
    public const string ProjectionName = "Adoption";

    /// <summary>
    /// The event types the producers read. The daemon loads (and deserialises) only these: verifications, returns and
    /// cancellations, a third of a request's events, never leave the database. A producer that reads another type adds it here.
    /// </summary>
    public static readonly IReadOnlyList<Type> EventTypes =
        [typeof(RequestSubmitted), typeof(RequestResubmitted), typeof(RequestCompleted), typeof(RequestRejected), typeof(ServiceRated)];

    internal AdoptionProjection()
    {
        Name = ProjectionName;
        foreach (var type in EventTypes)
        {
            IncludeType(type);
        }
    }

    /// <summary>The tables and functions the projection writes through, created and migrated by Marten.</summary>
    internal static IReadOnlyList<ISchemaObject> SchemaObjects => [.. AdoptionTables.Usage, .. PeriodRollupTables.SchemaObjects];


    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var zones = await TenantZones.OfAsync(operations, events, cancellation);
        var facts = await RequestFacts.OfCompletionsAsync(operations, events, zones, cancellation);
        var batch = new BatchEvents(events, zones, facts);
        var calendars = await BatchCalendars.OfAsync(operations, batch.Completed.Select(e => e.TenantId), cancellation);
        AdoptionProjections.Queue(operations, AdoptionBatch.Statements(batch).Concat(PeriodRollupBatch.Statements(batch, calendars)), AdoptionTables.Versions, events);
    }
}
