using Algoritma.GraphQL.Server;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Ide;
using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.Resolution;
using Algoritma.Platform;
using Algoritma.Platform.Features.Cors;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Identity.Login;
using Algoritma.Platform.Features.Identity.Oidc;
using Algoritma.Platform.Features.Shared;
using Algoritma.Platform.Features.StaffConsole;
using Algoritma.Platform.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Algoritma.Api;

/// <summary>The host's composition: modules in, endpoints out.</summary>
internal static class ApiComposition
{
    public static IServiceCollection AddAlgoritmaApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddAlgoritmaPlatform(configuration, environment);
        services.Configure<LoggerFilterOptions>(KeepUrlsOutOfLogs);
        services.AddGraphiQL(options =>
        {
            options.Enabled = configuration.GetValue<bool?>("GraphQL:GraphiQL") ?? environment.IsDevelopment();
            options.AssetsFolder = GraphiQLAssets.Find(environment);
        });
        return services;
    }

    /// <summary>
    /// The host's "Request starting GET …" lines carry the query string, and a GET's variables can hold a NIK or a
    /// password: that category logs warnings only, whatever Logging:LogLevel says (this rule is added after the
    /// configuration's, so it wins over an equally specific one).
    /// </summary>
    private static void KeepUrlsOutOfLogs(LoggerFilterOptions options) =>
        options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning, null));

    public static WebApplication UseAlgoritmaApi(this WebApplication app)
    {
        app.UseRequestTrace();
        app.UseUnhandledExceptionAnswers();
        app.UseWebSockets();
        app.UseRouting();
        app.UseStaffConsoleHeaders();
        app.UsePlatformCors();
        app.UsePlatformRateLimiting();
        app.UseMultiTenancy();
        app.UsePlatformAuthentication();
        app.UseTenantClaimGuard(PlatformClaims.Tenant);
        app.UseAuthorization();
        app.UseGraphiQL();
        app.MapOidcEndpoints();
        app.MapLoginEndpoints();
        app.MapStaffConsole();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).TenantAgnostic();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).TenantAgnostic();
        app.MapGraphQL("/graphql").AllowTenant();
        app.MapGraphQL("/t/{tenant}/graphql").RequireTenant();
        app.Lifetime.ApplicationStarted.Register(() => ReadyBanner.Print(app));
        return app;
    }
}
