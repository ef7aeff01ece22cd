using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.Resolution;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Cors;

/// <summary>
/// The CORS policy of a request: on <c>/t/{tenant}/graphql</c> (or <c>/graphql</c> on a tenant's host or with
/// <c>X-Tenant</c>) the tenant's origins; on <c>/graphql</c> without a tenant the platform's; on the OpenID Connect
/// endpoints, which serve every tenant, the union of all. Other paths have no policy (no CORS headers at all).
/// </summary>
internal sealed class TenantCorsPolicyProvider(AllowedOrigins origins, IEnumerable<ITenantStrategy> strategies) : ICorsPolicyProvider
{
    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var route = CorsRoutes.Classify(context.Request.Path, out var routeTenant);
        if (route == CorsRoute.None)
        {
            return null;
        }

        var sets = await origins.CurrentAsync();
        if (route == CorsRoute.Oidc)
        {
            return Policy(sets.All);
        }

        var store = context.RequestServices.GetRequiredService<ITenantStore>();
        var tenant = routeTenant is not null ? await Enabled(store, TenantIdentifier.ById(routeTenant), context.RequestAborted)
            : await ResolveAsync(context, store);
        return tenant switch
        {
            { Found: false } => null, // unknown or disabled: the tenant middleware answers 404, without CORS headers
            { Id: { } id } => Policy(sets.ForTenant(id)),
            _ => Policy(sets.Platform),
        };
    }

    /// <summary>As the tenant middleware resolves <c>/graphql</c>: by host, then header; none is the platform route.</summary>
    private async Task<ResolvedTenant> ResolveAsync(HttpContext context, ITenantStore store)
    {
        foreach (var strategy in strategies)
        {
            if (strategy.Identify(context) is not { } identifier)
            {
                continue;
            }

            var resolved = await Enabled(store, identifier, context.RequestAborted);
            if (resolved.Found || !identifier.IsHost)
            {
                return resolved;
            }
        }

        return ResolvedTenant.Platform;
    }

    private static async Task<ResolvedTenant> Enabled(ITenantStore store, TenantIdentifier identifier, CancellationToken cancellationToken)
    {
        var tenant = identifier.IsHost
            ? await store.FindByHostAsync(identifier.Value, cancellationToken)
            : await store.FindByIdAsync(identifier.Value, cancellationToken);
        return tenant is { Enabled: true } ? new ResolvedTenant(true, tenant.Id) : ResolvedTenant.Unknown;
    }

    private static CorsPolicy Policy(IReadOnlySet<string> allowed) =>
        new CorsPolicyBuilder()
            .SetIsOriginAllowed(allowed.Contains)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("authorization", "content-type")
            .WithExposedHeaders("www-authenticate", "retry-after", "etag", "x-trace-id")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
            .Build();

    private sealed record ResolvedTenant(bool Found, string? Id)
    {
        public static readonly ResolvedTenant Platform = new(true, null);
        public static readonly ResolvedTenant Unknown = new(false, null);
    }
}
