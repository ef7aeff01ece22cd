using Algoritma.Platform.Features.Adoption.Reading;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary><c>lifecycle(unit, from, to, granularity)</c>: new, returning, resurrecting and dormant citizens.</summary>
internal sealed class LifecycleQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<LifecyclePointType>>>>(
    "lifecycle", "New, returning, resurrecting and dormant citizens per period.",
    field => field
        .Scoped(Granularity.Month)
        .ResolveAsync(async context => await context.Service<CitizenCohorts>().LifecycleAsync(await AdoptionArguments.ScopeAsync(context), context.CancellationToken)));
