using Algoritma.Platform.Features.Onboarding.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Onboarding;

public static class OnboardingModule
{
    /// <summary>Bringing a city onto the platform: <c>onboardTenant</c> and the <c>tenants apply</c> of tenants-config/.</summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddScoped<TenantDefinitionValidator>();
        services.AddScoped<TenantOnboarding>();
        services.AddScoped<TenantsConfigApplier>();
        services.AddRootFields<OnboardTenantMutation>();
        services.AddScoped<OfficialRegencySearch>();
        services.AddRootFields<OfficialProvincesQuery>();
        services.AddRootFields<OfficialRegenciesQuery>();
        return services;
    }
}
