using System.Text.Json;
using Algoritma.Platform.Features.Identity.Clients;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Algoritma.Platform.Features.Cors;

/// <summary>
/// The origins browsers may call the platform from: per tenant, the origins of its OIDC clients' redirect URIs plus
/// the list in its settings (<see cref="ConfiguredOrigins.SettingsKey"/>, from <c>origins:</c> in its tenants-config file or
/// <c>setAllowedOrigins</c>); for the platform, its own clients' and platform.yaml's <c>origins:</c>. Loaded in one
/// pass and kept with the tenant cache (30 seconds; a change made in this process is seen at once).
/// </summary>
public sealed class AllowedOrigins(TenantCache cache, IServiceScopeFactory scopes, PlatformSettings platform)
{
    public Task<OriginSets> CurrentAsync() => cache.GetOrLoadAsync("cors-origins", LoadAsync);

    private async Task<OriginSets> LoadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var byTenant = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var platformOrigins = NewSet(platform.Origins);
        var tenants = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Tenants.AsNoTracking()
            .Select(t => new { t.Id, t.Settings }).ToListAsync();
        foreach (var tenant in tenants)
        {
            byTenant[tenant.Id] = NewSet(ConfiguredOrigins.FromSettings(tenant.Settings));
        }

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await foreach (var application in applications.ListAsync(count: null, offset: null))
        {
            var properties = await applications.GetPropertiesAsync(application);
            var tenant = properties.TryGetValue(ClientDirectory.TenantProperty, out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var target = tenant is null ? platformOrigins : byTenant.GetValueOrDefault(tenant);
            foreach (var redirect in await applications.GetRedirectUrisAsync(application))
            {
                if (CorsOrigin.OfRedirectUri(redirect) is { } origin)
                {
                    target?.Add(origin);
                }
            }
        }

        return new OriginSets(byTenant.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal), platformOrigins);
    }

    private static HashSet<string> NewSet(IEnumerable<string> origins) => new(origins, StringComparer.OrdinalIgnoreCase);
}

/// <summary>The allowed origins of each tenant, of the platform route, and their union (for the tenant-less OIDC endpoints).</summary>
public sealed class OriginSets(IReadOnlyDictionary<string, IReadOnlySet<string>> byTenant, IReadOnlySet<string> platform)
{
    public IReadOnlySet<string> Platform { get; } = platform;

    public IReadOnlySet<string> All { get; } =
        new HashSet<string>(byTenant.Values.SelectMany(o => o).Concat(platform), StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> ForTenant(string tenantId) =>
        byTenant.TryGetValue(tenantId, out var origins) ? origins : new HashSet<string>();
}
