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
/// endpoint and as problem details elsewhere; the exception is logged once, with the trace id.
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
        var traceId = RequestTrace.CurrentId;
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnhandledExceptions).FullName!)
            .LogError(feature.Error, "Unhandled exception on {Method} {Path}; trace id {TraceId}", context.Request.Method, feature.Path, traceId);

        var details = services.GetService<GraphQLServerOptions>()?.ExposeExceptionDetails == true ? feature.Error.ToString() : null;
        if (feature.Endpoint?.Metadata.GetMetadata<GraphQLEndpointMetadata>() is not null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, ErrorCodes.Internal, Message, details);
            return;
        }

        var problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = Message, Detail = details };
        problem.Extensions[RequestTrace.Extension] = traceId;
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", context.RequestAborted);
    }
}
