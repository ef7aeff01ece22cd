using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.MultiTenancy.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.MultiTenancy;

public static class MultiTenancyExtensions
{
    /// <summary>Tenant context, scopes and the resolution strategies in their order: route, host, header.</summary>
    public static IServiceCollection AddMultiTenancy(this IServiceCollection services, IEnumerable<string> platformHosts)
    {
        services.AddSingleton<CurrentTenant>();
        services.AddScoped<TenantScopes>();
        services.AddSingleton<TenantStampingInterceptor>();
        services.AddSingleton<TenantSessionInterceptor>();
        services.AddSingleton<ITenantStrategy>(new RouteTenantStrategy());
        services.AddSingleton<ITenantStrategy>(new HostTenantStrategy(
            new HashSet<string>(platformHosts.Select(h => h.ToLowerInvariant()), StringComparer.Ordinal)));
        services.AddSingleton<ITenantStrategy>(new HeaderTenantStrategy());
        return services;
    }

    /// <summary>Place after routing, so that the endpoint's tenant scope is known.</summary>
    public static IApplicationBuilder UseMultiTenancy(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();
}
