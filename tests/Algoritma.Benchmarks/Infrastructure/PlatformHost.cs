using Algoritma.Platform;
using Algoritma.Platform.Features.Onboarding;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Algoritma.Benchmarks.Infrastructure;

/// <summary>
/// The platform's services exactly as the API host composes them (<c>AddAlgoritmaPlatform</c>, which is all that
/// <c>AddAlgoritmaApi</c> adds), built the way the CLI verbs build theirs: a web application that is never run, so
/// no HTTP server and no projection daemon. Environment <c>Testing</c>, like the integration tests.
/// </summary>
public sealed class PlatformHost : IAsyncDisposable
{
    /// <summary>Stands in for ALGORITMA_DB where nothing connects (parsing and validation only).</summary>
    private const string NoDatabase = "Host=127.0.0.1;Port=1;Username=postgres;Database=unused";

    private readonly WebApplication _app;

    private PlatformHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static PlatformHost Create(string? connectionString = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Configuration[DatabaseSettings.ConnectionStringKey] = connectionString ?? NoDatabase;
        builder.Configuration["Projections:Daemon"] = "Disabled";
        builder.Services.AddAlgoritmaPlatform(builder.Configuration, builder.Environment);
        return new PlatformHost(builder.Build());
    }

    /// <summary><c>db migrate</c> and <c>tenants apply</c> over the repository's tenants-config/.</summary>
    public async Task MigrateAndApplyTenantsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var report = await scope.ServiceProvider.GetRequiredService<TenantsConfigApplier>()
            .ApplyFolderAsync(Path.Combine(Checkout.OfBinaries, "tenants-config"), CancellationToken.None);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("tenants apply failed: " + string.Join(Environment.NewLine, report.Errors));
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
