using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.MultiTenancy.Marten;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.Platform.Persistence;

public static class PersistenceModule
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = DatabaseSettings.AppConnectionString(configuration);
        // contexts are pooled (building one's internal services costs more than a catalog query); each lease connects
        // through its tenant's connection pool, whose sessions already carry the tenant
        services.AddPooledDbContextFactory<PlatformDbContext>((provider, options) =>
            Configure(options, connectionString).AddInterceptors(
                provider.GetRequiredService<TenantStampingInterceptor>(),
                provider.GetRequiredService<TenantSessionInterceptor>()));
        services.AddScoped(provider =>
        {
            var context = provider.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContext();
            // a lease whose previous holder opened the connection itself and never closed it would otherwise keep that
            // connection, and the tenant setting it opened with, for every query (closing a closed one does nothing)
            context.Database.CloseConnection();
            context.Database.SetConnectionString(
                TenantSessionInterceptor.BindTo(connectionString, provider.GetRequiredService<CurrentTenant>().Id));
            return context;
        });
        // the store's own connection is the daemon's (every tenant's events); sessions connect through their tenant's pool
        services.AddSingleton(new TenantSessionConnection(WithoutSessionReset(connectionString)));
        services.AddMarten(_ =>
            {
                var options = EventStoreOptions(
                    WithoutSessionReset(DatabaseSettings.DaemonConnectionString(configuration)), AutoCreate.None,
                    configuration.GetValue<int?>("Projections:BatchSize"));
                // while events keep coming the daemon looks for them this often, and each look makes one batch: a batch's
                // statements cost about the same for one event as for hundreds, so under load fewer, larger batches leave
                // the database to the requests (the analytics lag by this much more, and are still exact)
                options.Projections.FastPollingTime = configuration.GetValue("Projections:PollingTime", DefaultPollingTime);
                return options;
            })
            .BuildSessionsWith<TenantSessionFactory>()
            .AddAsyncDaemon(configuration.GetValue("Projections:Daemon", DaemonMode.Solo));
        services.AddScoped<DatabaseMigrator>();
        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("postgresql", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Marten's pools, whose connections are not reset when they return to them. The reset (DISCARD ALL) also drops
    /// PL/pgSQL's cached plans, so every append planned mt_quick_append_events again: 0.74 ms of a submission's
    /// database time. Nothing lives in these sessions but the tenant setting each tenant's pool starts its sessions with.
    /// No automatic preparation (<c>Max Auto Prepare</c>): in Npgsql 10.0.3 a statement whose preparing execution fails at
    /// Bind (a parameter PostgreSQL refuses, such as text holding NUL) is recorded as prepared without its row
    /// description, and the connection's next use of it fails ("unexpected backend message DataRow") for whoever holds
    /// the connection then (docs/security-rls.md). Write batches are prepared explicitly instead (<see cref="PreparedWrites"/>).
    /// </summary>
    internal static string WithoutSessionReset(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true, MaxAutoPrepare = 0 }.ConnectionString;

    /// <summary>How often the live daemon looks for new events while they keep coming (Marten's default is 250 ms).</summary>
    public static readonly TimeSpan DefaultPollingTime = TimeSpan.FromSeconds(1);

    internal static StoreOptions EventStoreOptions(string connectionString, AutoCreate autoCreate, int? projectionBatchSize = null)
    {
        var options = new StoreOptions();
        EventStoreSchema.Configure(options, connectionString, autoCreate, projectionBatchSize);
        options.Logger(PreparedWrites.Instance);
        return options;
    }

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .EnableSensitiveDataLogging(false); // parameter values (a password hash, a phone) never go into a log, in any environment
}
