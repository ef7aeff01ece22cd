using Algoritma.GraphQL.Server.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Algoritma.Platform.Features.Cors;

/// <summary>CORS per tenant with ASP.NET Core's CORS middleware (docs/browser.md).</summary>
public static class CorsModule
{
    public static IServiceCollection AddPlatformCors(this IServiceCollection services)
    {
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, TenantCorsPolicyProvider>());
        services.AddSingleton<AllowedOrigins>();
        services.AddScoped<AllowedOriginsAdministration>();
        services.AddRootFields<AllowedOriginsFields>();
        return services;
    }

    /// <summary>
    /// Right after routing, before the rate limiter and tenant resolution: a preflight is answered here, and an actual
    /// response (a 429 included) carries the headers its origin is allowed.
    /// </summary>
    public static IApplicationBuilder UsePlatformCors(this IApplicationBuilder app) => app.UseCors();
}
