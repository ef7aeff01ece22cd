using System.Text.Json;
using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>
/// Serves the built console at <c>/t/{tenant}/console/</c> and, on the tenant's own host, <c>/console/</c>: a file of
/// the build as it is (hashed <c>assets/</c> cached for good), any other path the page with the tenant's configuration
/// (client-side routes). The tenancy layer answers an unknown or disabled tenant with its 404. <c>/console/</c> on an
/// address no tenant claims is the platform admin's console (configuration without a tenant).
/// </summary>
public static class ConsoleEndpoints
{
    private const string Assets = "assets/";
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapStaffConsole(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<StaffConsoleOptions>() is not { Enabled: true })
        {
            return endpoints;
        }

        // a catch-all matches the bare /console too, which moves to its slash form (the page's relative URLs need it)
        Map(endpoints.MapMethods("/t/{tenant}/console/{**path}", Methods, (HttpContext http) => ServeAsync(http, onOwnHost: false)).RequireTenant());
        Map(endpoints.MapMethods("/console/{**path}", Methods, (HttpContext http) => ServeAsync(http, onOwnHost: true)).AllowTenant());
        return endpoints;
    }

    private static void Map(IEndpointConventionBuilder endpoint) =>
        endpoint.WithMetadata(new StaffConsoleEndpointMetadata()).ExcludeFromDescription();

    private static void MoveToSlash(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path}/{http.Request.QueryString}";
    }

    private static async Task ServeAsync(HttpContext http, bool onOwnHost)
    {
        var tenant = http.RequestServices.GetRequiredService<CurrentTenant>().Tenant;
        var response = http.Response;
        if (onOwnHost && tenant is not null && !ConsoleHosts.IsOwnHost(tenant, http.Request.Host.Host))
        {
            // /console/ names its tenant by host only: an X-Tenant header on another address is no console address
            await NotFoundAsync(response);
            return;
        }

        var path = http.GetRouteValue("path") as string ?? string.Empty;
        if (path.Length == 0 && http.Request.Path.Value?.EndsWith('/') != true)
        {
            MoveToSlash(http);
            return;
        }

        var dist = http.RequestServices.GetRequiredService<StaffConsoleOptions>().DistFolder;
        if (dist is null || !File.Exists(Path.Combine(dist, "index.html")))
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            await response.WriteAsync(ConsolePage.NotBuilt, http.RequestAborted);
            return;
        }

        using var files = new PhysicalFileProvider(dist);
        var file = path.Length == 0 || path == "index.html" ? null : files.GetFileInfo(path);
        if (file is { Exists: true, IsDirectory: false, PhysicalPath: { } physical })
        {
            response.ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
            response.Headers.CacheControl = path.StartsWith(Assets, StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
            await response.SendFileAsync(physical, http.RequestAborted);
            return;
        }

        if (path.StartsWith(Assets, StringComparison.Ordinal))
        {
            // a missing hashed file is an old build's: the page in its place would only fail as a script
            await NotFoundAsync(response);
            return;
        }

        var config = tenant is null
            ? ConsoleConfigs.ForPlatform(http.Request)
            : await http.RequestServices.GetRequiredService<ConsoleConfigs>().ForAsync(tenant, http.Request, onOwnHost);
        var html = ConsolePage.Render(await File.ReadAllTextAsync(Path.Combine(dist, "index.html"), http.RequestAborted), config);
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        await response.WriteAsync(html, http.RequestAborted);
    }

    private static Task NotFoundAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status404NotFound;
        response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(response.Body,
            new { errors = new[] { new { message = "Not found.", extensions = new { code = "NOT_FOUND" } } } },
            cancellationToken: response.HttpContext.RequestAborted);
    }
}
