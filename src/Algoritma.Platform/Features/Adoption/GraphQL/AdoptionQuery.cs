using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Features.Requests.Sla;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary><c>adoption(unit, from, to, granularity)</c>: the adoption series, reading only the parts the query selects.</summary>
internal sealed class AdoptionQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<AdoptionPointType>>>>(
    "adoption", null,
    field => field
        .Description("The adoption series of the city, a kecamatan or a kelurahan: one point per period of [from, to).")
        .Scoped(Granularity.Week)
        .ResolveAsync(async context =>
        {
            var scope = await AdoptionArguments.ScopeAsync(context);
            var selected = context.SubFields?.Keys.ToHashSet() ?? [];
            var parts = new AdoptionParts(
                Citizens: selected.Overlaps(["activeCitizens", "activeDigitalCitizens", "newCitizens", "newDigitalCitizens"]),
                ProcessingTimes: selected.Contains("processingTimes"),
                Satisfaction: selected.Contains("ikm"))
            {
                WorkingCalendar = SelectsWorkingHours(context) ? await context.Service<TenantCalendars>().CurrentAsync(context.CancellationToken) : null,
            };
            return await context.Service<AdoptionSeries>().ReadAsync(scope, parts, context.CancellationToken);
        }))
{
    /// <summary>Whether processingTimes asks for a working-time percentile (a fragment counts as asking).</summary>
    private static bool SelectsWorkingHours(IResolveFieldContext context) =>
        context.SubFields?.GetValueOrDefault("processingTimes").Field?.SelectionSet?.Selections
            .Any(s => s is not GraphQLParser.AST.GraphQLField field || field.Name.StringValue is "medianWorkingHours" or "p90WorkingHours") ?? false;
}
