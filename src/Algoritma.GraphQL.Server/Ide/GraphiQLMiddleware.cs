using System.Net;
using Algoritma.GraphQL.Server.Transport;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Ide;

/// <summary>
/// Serves GraphiQL: the page on a GraphQL route's GET that prefers HTML, and its assets from
/// <see cref="GraphiQLOptions.AssetsFolder"/> at <see cref="GraphiQLOptions.AssetsPath"/>. The page posts to the path it
/// was served on, so on <c>/t/{tenant}/graphql</c> it talks to that tenant.
/// </summary>
internal sealed class GraphiQLMiddleware(RequestDelegate next, GraphiQLOptions options)
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    public Task InvokeAsync(HttpContext context)
    {
        if (!options.Enabled)
        {
            return next(context);
        }

        if (context.Request.Path.StartsWithSegments(options.AssetsPath, out var rest) && HttpMethods.IsGet(context.Request.Method))
        {
            return ServeAssetAsync(context, rest.Value?.TrimStart('/') ?? string.Empty);
        }

        return context.GetEndpoint()?.Metadata.GetMetadata<GraphQLEndpointMetadata>() is not null && GraphiQLPreference.PrefersHtml(context.Request)
            ? ServePageAsync(context)
            : next(context);
    }

    private Task ServePageAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = "Accept";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = "text/html; charset=utf-8";
        if (!AssetsBuilt())
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return response.WriteAsync(GraphiQLPage.NotBuilt);
        }

        var host = context.Request.Host.Value;
        response.Headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
            $"connect-src 'self' ws://{host} wss://{host}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        return response.WriteAsync(GraphiQLPage.Html(options.AssetsPath, WebUtility.HtmlEncode(context.Request.Path.Value ?? string.Empty)));
    }

    private async Task ServeAssetAsync(HttpContext context, string name)
    {
        var folder = options.AssetsFolder;
        if (folder is null || name.Length == 0 || name != Path.GetFileName(name)
            || !ContentTypes.TryGetValue(Path.GetExtension(name), out var contentType) || !File.Exists(Path.Combine(folder, name)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "public, max-age=300";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        await context.Response.SendFileAsync(Path.Combine(folder, name), context.RequestAborted);
    }

    private bool AssetsBuilt() => options.AssetsFolder is { } folder && File.Exists(Path.Combine(folder, "graphiql.min.js"));
}
