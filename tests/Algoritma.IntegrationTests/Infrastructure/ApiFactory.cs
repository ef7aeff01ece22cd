using Algoritma.MultiTenancy;
using Algoritma.Platform;
using Algoritma.Platform.Features.Onboarding;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Algoritma.IntegrationTests.Infrastructure;

/// <summary>The real API host on a migrated database of its own; shared by the tests of one collection.</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>
    /// The migrator creates and alters the cluster-wide roles; two hosts doing it at once can fail with
    /// "tuple concurrently updated", so the hosts of this test process migrate one at a time.
    /// </summary>
    private static readonly SemaphoreSlim Migrations = new(1, 1);

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var scope = Services.CreateAsyncScope();
        await Migrations.WaitAsync();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }
        finally
        {
            Migrations.Release();
        }

        var report = await scope.ServiceProvider.GetRequiredService<TenantsConfigApplier>()
            .ApplyFolderAsync(Path.Combine(Checkout.OfBinaries, "tenants-config"), CancellationToken.None);
        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Errors));
    }

    /// <summary>Runs <paramref name="work"/> with a scoped service inside tenant <paramref name="tenantId"/>.</summary>
    public async Task<TResult> InTenantAsync<TService, TResult>(string tenantId, Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TenantScopes>()
            .RunAsync(tenantId, () => work(scope.ServiceProvider.GetRequiredService<TService>()));
    }

    public async Task<TResult> WithServiceAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(DatabaseSettings.ConnectionStringKey, Database.ConnectionString);
        // the host starts before the database is migrated: tests that need projections run a daemon themselves
        builder.UseSetting("Projections:Daemon", "Disabled");
        builder.ConfigureServices(ConfigureTestServices);
        if (ServerErrorLog.FromEnvironment() is { } errors)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(errors));
        }
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public GraphQLClient GraphQL(string path = "/graphql") => new(CreateClient(), path);

    public GraphQLClient Tenant(string tenantId) => GraphQL($"/t/{tenantId}/graphql");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
