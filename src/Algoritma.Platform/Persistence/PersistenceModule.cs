using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.MultiTenancy.Marten;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Persistence;

public static class PersistenceModule
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        // each request's context connects through its tenant's pool, whose sessions already carry the tenant
        services.AddDbContext<PlatformDbContext>((provider, options) =>
            Configure(options, TenantSessionInterceptor.BindTo(DatabaseSettings.AppConnectionString(configuration), provider.GetRequiredService<Algoritma.MultiTenancy.CurrentTenant>().Id))
                .AddInterceptors(
                    provider.GetRequiredService<TenantStampingInterceptor>(),
                    provider.GetRequiredService<TenantSessionInterceptor>()));
        services.AddMarten(_ => EventStoreOptions(
                DatabaseSettings.AppConnectionString(configuration), AutoCreate.None, configuration.GetValue<int?>("Projections:BatchSize")))
            .BuildSessionsWith<TenantSessionFactory>()
            .AddAsyncDaemon(configuration.GetValue("Projections:Daemon", DaemonMode.Solo));
        services.AddScoped<DatabaseMigrator>();
        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("postgresql", tags: ["ready"]);
        return services;
    }

    internal static StoreOptions EventStoreOptions(string connectionString, AutoCreate autoCreate, int? projectionBatchSize = null)
    {
        var options = new StoreOptions();
        EventStoreSchema.Configure(options, connectionString, autoCreate, projectionBatchSize);
        return options;
    }

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
