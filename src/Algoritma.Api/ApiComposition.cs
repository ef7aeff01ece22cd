using Algoritma.GraphQL.Server;
using Algoritma.Platform;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Algoritma.Api;

/// <summary>The host's composition: modules in, endpoints out.</summary>
internal static class ApiComposition
{
    public static IServiceCollection AddAlgoritmaApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddAlgoritmaPlatform(configuration, environment);
        return services;
    }

    public static WebApplication UseAlgoritmaApi(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapGraphQL("/graphql");
        app.MapGraphQL("/t/{tenant}/graphql");
        app.Lifetime.ApplicationStarted.Register(() => ReadyBanner.Print(app));
        return app;
    }
}
