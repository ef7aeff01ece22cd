using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Errors;

/// <summary>
/// An answer in the GraphQL response shape written outside the executer (by middleware):
/// <c>{"errors":[{"message":…,"extensions":{"code":…,"traceId":…}}]}</c>.
/// </summary>
public static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string code, string message, string? details = null)
    {
        var extensions = new Dictionary<string, string> { ["code"] = code };
        if (RequestTrace.CurrentId is { } traceId)
        {
            extensions[RequestTrace.Extension] = traceId;
        }

        if (details is not null)
        {
            extensions["details"] = details;
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new { errors = new[] { new { message, extensions } } },
            cancellationToken: context.RequestAborted);
    }
}
