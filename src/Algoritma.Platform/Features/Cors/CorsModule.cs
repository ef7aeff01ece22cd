using Algoritma.Platform.Features.Cors.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Primitives;

namespace Algoritma.Platform.Features.Cors;

/// <summary>CORS per tenant with ASP.NET Core's CORS middleware (docs/browser.md).</summary>
public static class CorsModule
{
    /// <summary>
    /// Named AddPlatformCors, not AddCors: ASP.NET Core's <c>AddCors(IServiceCollection)</c> has the same signature.
    /// </summary>
    public static IServiceCollection AddPlatformCors(this IServiceCollection services)
    {
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, TenantCorsPolicyProvider>());
        services.AddSingleton<AllowedOrigins>();
        services.AddScoped<AllowedOriginsAdministration>();
        services.AddRootFields<AllowedOriginsQuery>();
        services.AddRootFields<SetAllowedOriginsMutation>();
        return services;
    }

    /// <summary>
    /// Right after routing, before the rate limiter and tenant resolution: a preflight is answered here, and an actual
    /// response (a 429 included) carries the headers its origin is allowed.
    /// </summary>
    public static IApplicationBuilder UsePlatformCors(this IApplicationBuilder app) =>
        app.Use(VaryByOrigin).UseCors();

    /// <summary>
    /// Every answer on a CORS route varies by Origin, allowed or not, so that no cache hands one origin's answer (with
    /// or without Access-Control-Allow-Origin) to another. The CORS middleware adds it only for an allowed origin.
    /// </summary>
    private static Task VaryByOrigin(HttpContext context, RequestDelegate next)
    {
        if (CorsRoutes.Classify(context.Request.Path, out _) != CorsRoute.None)
        {
            context.Response.OnStarting(() =>
            {
                var vary = context.Response.Headers.Vary;
                if (!vary.Any(v => v is not null && v.Contains("Origin", StringComparison.OrdinalIgnoreCase)))
                {
                    context.Response.Headers.Vary = StringValues.Concat(vary, "Origin");
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
