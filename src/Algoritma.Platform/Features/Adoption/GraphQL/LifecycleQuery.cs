using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary><c>lifecycle(unit, from, to, granularity)</c>: new, returning, resurrecting and dormant citizens.</summary>
internal sealed class LifecycleQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifecyclePointType>>>>("lifecycle")
            .Description("New, returning, resurrecting and dormant citizens per period.")
            .Scoped(Granularity.Month)
            .ResolveAsync(async context => await context.Service<CitizenCohorts>().LifecycleAsync(await AdoptionArguments.ScopeAsync(context), context.CancellationToken));
}
