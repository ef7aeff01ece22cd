using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.RateLimiting;

/// <summary>
/// The host's rate limits, which the GraphQL endpoint charges before executing an operation: its computed cost (the
/// complexity analyzer's total) and the occurrences of the fields that declare a policy (<see cref="RateLimitedFields"/>).
/// Without a registration nothing is limited.
/// </summary>
public interface IGraphQLRateLimiter
{
    /// <summary>Charges an operation's cost; a refusal when the caller's budget is spent.</summary>
    ValueTask<RateLimitRefusal?> ChargeCostAsync(HttpContext context, int cost);

    /// <summary>Charges <paramref name="occurrences"/> uses of the fields declaring <paramref name="policy"/>.</summary>
    ValueTask<RateLimitRefusal?> ChargeFieldsAsync(HttpContext context, string policy, int occurrences);
}

/// <summary>A refused request: when to retry and what to tell the caller.</summary>
public sealed record RateLimitRefusal(TimeSpan RetryAfter, string Message);
