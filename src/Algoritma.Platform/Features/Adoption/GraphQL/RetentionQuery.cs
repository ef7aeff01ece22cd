using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary><c>retention(unit, from, to)</c>: monthly cohorts of first use and their later activity.</summary>
internal sealed class RetentionQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionCohortType>>>>("retention")
            .Description("Monthly cohorts by first use in [from, to), and the share active in each later month up to `to`.")
            .Scoped(granularity: null)
            .ResolveAsync(async context => await context.Service<CitizenCohorts>().RetentionAsync(await AdoptionArguments.ScopeAsync(context), context.CancellationToken));
}
