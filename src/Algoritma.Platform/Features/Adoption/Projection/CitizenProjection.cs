using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Weasel.Core;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The citizen projection: who used a service, when and where (each citizen's firsts and days, and the period and
/// retention counters kept from them: active, new, lifecycle, retention), from the submissions alone (<see cref="CitizensBatch"/>).
/// It reads nothing the usage projection writes, so the daemon runs the two side by side, each on its own connection.
/// </summary>
public sealed class CitizenProjection : ProjectionBase, IProjection
{
    public const string ProjectionName = "AdoptionCitizens";

    internal CitizenProjection()
    {
        Name = ProjectionName;
        IncludeType<RequestSubmitted>();
    }

    internal static IReadOnlyList<ISchemaObject> SchemaObjects => AdoptionTables.OfCitizens;

    /// <summary>The per-period citizen sets and firsts the counters were once kept with, one row per citizen, period and scope.</summary>
    internal static IReadOnlyList<string> RetiredTables => ["marten.adoption_period_citizens", "marten.adoption_citizen_firsts"];


    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var zones = await TenantZones.OfAsync(operations, events, cancellation);
        var submissions = new Submissions(events.OfType<IEvent<RequestSubmitted>>(), zones);
        var histories = await CitizenHistories.OfAsync(operations, submissions.UsesByCitizen().Select(c => (c.Citizen, c.Uses.Min(u => u.Day))), cancellation);
        AdoptionProjections.Queue(operations, CitizensBatch.Statements(submissions, histories), AdoptionTables.CitizenVersions, events);
    }
}
