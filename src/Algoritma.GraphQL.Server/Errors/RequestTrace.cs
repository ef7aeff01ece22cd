using System.Diagnostics;
using Microsoft.AspNetCore.Builder;

namespace Algoritma.GraphQL.Server.Errors;

/// <summary>
/// The request's W3C trace id (a caller's <c>traceparent</c> continues its trace; otherwise a fresh one): what the log
/// lines of a failure, every error's <c>extensions.traceId</c> and the <c>X-Trace-Id</c> response header carry, so a
/// browser can report the one id that finds the server's logs.
/// </summary>
public static class RequestTrace
{
    public const string Header = "X-Trace-Id";
    public const string Extension = "traceId";

    /// <summary>The trace id of the current request's activity (32 hex digits); null outside a request.</summary>
    public static string? CurrentId =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.TraceId.ToHexString() : null;

    /// <summary>Makes sure every request runs in an activity, and answers with its trace id in <see cref="Header"/>.</summary>
    public static IApplicationBuilder UseRequestTrace(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // the host starts an activity for every request it logs; this one is for a host that does not
        using var own = CurrentId is null ? new Activity("Algoritma.Request").SetIdFormat(ActivityIdFormat.W3C).Start() : null;
        var traceId = CurrentId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = traceId; // set late: an exception handler clears the headers before answering
            return Task.CompletedTask;
        });
        await next(context);
    });
}
