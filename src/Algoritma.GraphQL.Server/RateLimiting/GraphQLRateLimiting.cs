using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Complexity;

namespace Algoritma.GraphQL.Server.RateLimiting;

internal static class GraphQLRateLimiting
{
    /// <summary>
    /// The cost charge and the field charge; both run for cached documents too, since every execution pays. Call it
    /// after the depth and complexity limits are configured: configurations apply in registration order, and the cost
    /// charge wraps the limits' validation delegate.
    /// </summary>
    public static IGraphQLBuilder AddRateLimiting(this IGraphQLBuilder builder)
    {
        builder.Services.Configure<ComplexityOptions>((complexity, _) => CostRateLimit.Configure(complexity));
        return builder.AddValidationRule<FieldRateLimitRule>(useForCachedDocuments: true);
    }
}
