using System.Globalization;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Transport;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.RateLimiting;

/// <summary>An operation refused by a rate limit: <c>RATE_LIMITED</c>, and the response carries <c>Retry-After</c>.</summary>
public sealed class RateLimitedError : ValidationError
{
    private RateLimitedError(string message) : base(message) => Code = ErrorCodes.RateLimited;

    internal static RateLimitedError For(RateLimitRefusal refusal, HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds(refusal.RetryAfter).ToString(CultureInfo.InvariantCulture);
        return new RateLimitedError(refusal.Message);
    }

    /// <summary>Whole seconds, at least one: <c>Retry-After: 0</c> would invite an immediate retry.</summary>
    public static int RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    internal static HttpContext? HttpContextOf(ValidationContext context) => (context.UserContext as GraphQLUserContext)?.HttpContext;
}
