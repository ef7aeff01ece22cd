using System.Globalization;
using System.Threading.RateLimiting;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Algoritma.Platform.RateLimiting;

/// <summary>
/// The answer to a refused sign-in or token request: 429, <c>Retry-After</c> and the code <c>RATE_LIMITED</c>; a page
/// for people at the sign-in form, JSON in the OAuth error shape for the token endpoint. The same for every account,
/// known or not.
/// </summary>
internal static class RateLimitedResponse
{
    public static async ValueTask WriteAsync(HttpContext http, RateLimitLease lease)
    {
        var retryAfter = RateLimitedError.RetryAfterSeconds(
            lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        if (http.Request.Path.Equals(CredentialEndpointLimits.SignInPath, StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(Page(retryAfter), http.RequestAborted);
            return;
        }

        await http.Response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["error"] = ErrorCodes.RateLimited,
            ["error_description"] = $"Too many requests; retry after {retryAfter} s.",
        }, http.RequestAborted);
    }

    private static string Page(int retryAfter) => $"""
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="utf-8"><title>Terlalu banyak percobaan — Algoritma</title></head>
        <body><main><h1>Terlalu banyak percobaan</h1>
        <p role="alert" data-code="{ErrorCodes.RateLimited}">Terlalu banyak percobaan masuk. Coba lagi dalam {retryAfter} detik.
        <span lang="en">(Too many sign-in attempts; try again in {retryAfter} seconds.)</span></p></main></body></html>
        """;
}
