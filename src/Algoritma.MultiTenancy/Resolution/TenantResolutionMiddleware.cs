using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Algoritma.MultiTenancy.Resolution;

/// <summary>
/// Resolves the request's tenant (route, then host, then header) for endpoints that allow one, and runs
/// the rest of the pipeline within its scope. An unknown or disabled tenant is 404 with code NOT_FOUND.
/// Endpoints without <see cref="TenantScopeMetadata"/> are tenant-agnostic.
/// </summary>
public sealed class TenantResolutionMiddleware(
    RequestDelegate next,
    IEnumerable<ITenantStrategy> strategies,
    CurrentTenant current)
{
    public async Task InvokeAsync(HttpContext context, ITenantStore store)
    {
        var kind = context.GetEndpoint()?.Metadata.GetMetadata<TenantScopeMetadata>()?.Kind ?? TenantScopeKind.Agnostic;
        var resolution = kind == TenantScopeKind.Agnostic ? Resolution.None : await ResolveAsync(context, store);
        if (resolution.Refusal is not null || (resolution.Tenant is null && kind == TenantScopeKind.Required))
        {
            await RefuseAsync(context, resolution.Refusal ?? "The request names no tenant.");
            return;
        }

        using (resolution.Tenant is null ? current.BeginPlatformScope() : current.BeginScope(resolution.Tenant))
        {
            await next(context);
        }
    }

    private async Task<Resolution> ResolveAsync(HttpContext context, ITenantStore store)
    {
        foreach (var strategy in strategies)
        {
            var identifier = strategy.Identify(context);
            if (identifier is null)
            {
                continue;
            }

            var tenant = identifier.IsHost
                ? await store.FindByHostAsync(identifier.Value, context.RequestAborted)
                : await store.FindByIdAsync(identifier.Value, context.RequestAborted);
            if (tenant is null && identifier.IsHost)
            {
                continue; // a host no tenant claims is just another address of the platform
            }

            return tenant is { Enabled: true }
                ? new Resolution(tenant, null)
                : new Resolution(null, $"Tenant '{identifier}' is unknown or disabled.");
        }

        return Resolution.None;
    }

    private static async Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            errors = new[] { new { message, extensions = new { code = "NOT_FOUND", traceId = TraceIds.Current } } },
        }, cancellationToken: context.RequestAborted);
    }

    private sealed record Resolution(TenantInfo? Tenant, string? Refusal)
    {
        public static readonly Resolution None = new(null, null);
    }
}
