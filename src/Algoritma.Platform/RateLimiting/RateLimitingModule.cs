using Algoritma.GraphQL.Server.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.RateLimiting;

/// <summary>Rate limits on sign-in, the token endpoint and GraphQL (docs/security-limits.md).</summary>
public static class RateLimitingModule
{
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<RateLimitPartitions>();
        services.AddSingleton<TenantRateLimits>();
        services.AddSingleton<IGraphQLRateLimiter, PlatformGraphQLRateLimiter>();
        return services.AddCredentialEndpointLimits();
    }

    /// <summary>Before authentication: the token endpoint checks a client's secret there.</summary>
    public static IApplicationBuilder UsePlatformRateLimiting(this IApplicationBuilder app) => app.UseCredentialEndpointLimits();
}
