using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.Features.Tenants.GraphQL;
using Algoritma.Platform.Features.Tenants.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Tenants;

public static class TenantsModule
{
    /// <summary>The tenant store and cache, platform settings, <c>tenant</c>, <c>tenants</c>, <c>setTenantEnabled</c>, <c>updateTenantSettings</c> and node(id:) for tenants.</summary>
    public static IServiceCollection AddTenants(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TenantCache>();
        services.AddScoped<Settings.TenantSettingValues>();
        services.AddSingleton(_ => PlatformSettingsFile.ForRunningApi(configuration));
        services.AddScoped<ITenantStore, TenantStore>();
        services.AddRootFields<TenantQuery>();
        services.AddRootFields<TenantsQuery>();
        services.AddScoped<TenantSwitch>();
        services.AddRootFields<SetTenantEnabledMutation>();
        services.AddScoped<TenantSettingsAdministration>();
        services.AddRootFields<UpdateTenantSettingsMutation>();
        services.AddSingleton<INodeResolver, TenantNodeResolver>();
        return services;
    }
}
