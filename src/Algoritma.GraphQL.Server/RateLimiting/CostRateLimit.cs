using GraphQL.Validation.Complexity;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.GraphQL.Server.RateLimiting;

/// <summary>
/// Charges an operation's complexity, as graphql-dotnet's analyzer computes it, to the host's budgets
/// (<see cref="IGraphQLRateLimiter.ChargeCostAsync"/>) once the document has passed the depth and complexity limits.
/// It wraps whatever validation delegate is configured, so it is applied after every other configuration.
/// </summary>
internal static class CostRateLimit
{
    public static void Configure(ComplexityOptions complexity)
    {
        var limits = complexity.ValidateComplexityDelegate;
        complexity.ValidateComplexityDelegate = async context =>
        {
            if (limits is not null)
            {
                await limits(context);
            }

            if (context.Error is null)
            {
                await ChargeAsync(context);
            }
        };
    }

    private static async Task ChargeAsync(ComplexityValidationContext context)
    {
        var validation = context.ValidationContext;
        var limiter = validation.RequestServices?.GetService<IGraphQLRateLimiter>();
        var http = RateLimitedError.HttpContextOf(validation);
        if (limiter is null || http is null)
        {
            return;
        }

        var cost = (int)Math.Clamp(Math.Ceiling(context.TotalImpact), 1, int.MaxValue);
        if (await limiter.ChargeCostAsync(http, cost) is { } refusal)
        {
            context.Error = RateLimitedError.For(refusal, http);
        }
    }
}
