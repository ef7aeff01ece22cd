using Algoritma.GraphQL.Server.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Algoritma.GraphQL.Server.Errors;

/// <summary>
/// The answer to an exception no one caught, anywhere in the pipeline: 500 with the trace id and nothing of the
/// exception (unless <see cref="GraphQLServerOptions.ExposeExceptionDetails"/>), in the GraphQL shape on a GraphQL
/// endpoint and as problem details elsewhere; the exception is logged once, with the trace id. A database out of reach
/// (<see cref="Unavailable"/>) is 503 with <c>Retry-After</c> instead, logged as a warning.
/// </summary>
public static class UnhandledExceptions
{
    public const string Message = "Internal server error.";

    public static IApplicationBuilder UseUnhandledExceptionAnswers(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = AnswerAsync,
            SuppressDiagnosticsCallback = _ => true, // logged below, with the trace id in the message
        });

    private static async Task AnswerAsync(HttpContext context)
    {
        var feature = context.Features.GetRequiredFeature<IExceptionHandlerFeature>();
        var services = context.RequestServices;
        var options = services.GetService<GraphQLServerOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnhandledExceptions).FullName!);
        if (Unavailable.Matches(options, feature.Error))
        {
            logger.LogWarning(feature.Error, "Database out of reach on {Method} {Path}; trace id {TraceId}", context.Request.Method, feature.Path, RequestTrace.CurrentId);
            Unavailable.AddRetryAfter(context.Response, options!);
            await AnswerAsync(context, feature, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Unavailable, Unavailable.Message, details: null);
            return;
        }

        logger.LogError(feature.Error, "Unhandled exception on {Method} {Path}; trace id {TraceId}", context.Request.Method, feature.Path, RequestTrace.CurrentId);
        var details = options?.ExposeExceptionDetails == true ? feature.Error.ToString() : null;
        await AnswerAsync(context, feature, StatusCodes.Status500InternalServerError, ErrorCodes.Internal, Message, details);
    }

    private static async Task AnswerAsync(HttpContext context, IExceptionHandlerFeature feature, int status, string code, string message, string? details)
    {
        if (feature.Endpoint?.Metadata.GetMetadata<GraphQLEndpointMetadata>() is not null)
        {
            await GraphQLErrorResponse.WriteAsync(context, status, code, message, details);
            return;
        }

        var problem = new ProblemDetails { Status = status, Title = message, Detail = details };
        problem.Extensions[RequestTrace.Extension] = RequestTrace.CurrentId;
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", context.RequestAborted);
    }
}
