using Algoritma.Platform.Features.Adoption.Reading;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary><c>retention(unit, from, to)</c>: monthly cohorts of first use and their later activity.</summary>
internal sealed class RetentionQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionCohortType>>>>(
    "retention", null,
    field => field
        .Description("Monthly cohorts by first use in [from, to), and the share active in each later month up to `to`.")
        .Scoped(granularity: null)
        .ResolveAsync(async context => await context.Service<CitizenCohorts>().RetentionAsync(await AdoptionArguments.ScopeAsync(context), context.CancellationToken)));
