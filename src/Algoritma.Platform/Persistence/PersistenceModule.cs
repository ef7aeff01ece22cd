using Algoritma.MultiTenancy.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Persistence;

public static class PersistenceModule
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<PlatformDbContext>((provider, options) =>
            Configure(options, DatabaseSettings.AppConnectionString(configuration))
                .AddInterceptors(
                    provider.GetRequiredService<TenantStampingInterceptor>(),
                    provider.GetRequiredService<TenantSessionInterceptor>()));
        services.AddScoped<DatabaseMigrator>();
        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("postgresql", tags: ["ready"]);
        return services;
    }

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
