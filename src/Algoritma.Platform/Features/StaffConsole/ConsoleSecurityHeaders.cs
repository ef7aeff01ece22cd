using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>Marks the console's endpoints, so that every answer on them carries <see cref="ConsoleSecurityHeaders"/>.</summary>
public sealed record StaffConsoleEndpointMetadata;

/// <summary>
/// The console's headers, on its files, its page and the refusals in front of them (an unknown tenant's 404 too). The
/// configuration script is JSON, never executed, so <c>script-src 'self'</c> holds.
/// </summary>
public static class ConsoleSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";

    /// <summary>After routing (the endpoint is known), before tenant resolution (which may refuse).</summary>
    public static IApplicationBuilder UseStaffConsoleHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<StaffConsoleEndpointMetadata>() is not null)
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
        }

        return next(context);
    });
}
