using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Catalog.GraphQL;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary><c>unitRanking(metric, level, minCompleted, unit, from, to)</c>: units ranked by a metric, best first.</summary>
internal sealed class UnitRankingQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<RankedUnitType>>>>(
    "unitRanking", "Kecamatan or kelurahan ranked by a metric over [from, to), best first.",
    field => field
        .Scoped(granularity: null)
        .Argument<NonNullGraphType<RankingMetricType>>("metric")
        .Argument<UnitLevelType>("level", a => a.DefaultValue = UnitLevel.Kelurahan)
        .Argument<IntGraphType>("minCompleted", a =>
        {
            a.DefaultValue = UnitRanking.DefaultMinCompleted;
            a.Description = $"Units with fewer completed requests in the period are listed unranked (rank null); 0–{MaxMinCompleted}.";
        })
        .ResolveAsync(async context =>
        {
            var minCompleted = context.GetArgument("minCompleted", UnitRanking.DefaultMinCompleted);
            if (minCompleted is < 0 or > MaxMinCompleted)
            {
                throw CodedError.BadUserInput($"minCompleted is 0 to {MaxMinCompleted}.");
            }

            return await context.Service<UnitRanking>().RankAsync(await AdoptionArguments.ScopeAsync(context), context.GetArgument<RankingMetric>("metric"),
                context.GetArgument<UnitLevel>("level"), context.CancellationToken, minCompleted);
        }))
{
    public const int MaxMinCompleted = 1_000_000;
}
