using JasperFx;
using Marten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// Applies the checked-in EF Core migrations and Marten's schema as the database owner, then makes sure the application
/// and daemon roles exist (no superuser, no BYPASSRLS) with their rights, and that every table with a tenant column, in
/// every schema, is under forced row-level security (<see cref="DatabaseRoles"/>); last, it rebuilds any projection whose
/// shape changed since it was projected (<see cref="ProjectionShapes"/>). Running it twice changes nothing.
/// </summary>
public sealed class DatabaseMigrator(IConfiguration configuration, IEnumerable<IProjectionShape> projectionShapes, ILogger<DatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var ownerConnection = DatabaseSettings.OwnerConnectionString(configuration);
        await using (var db = PlatformDbContextFactory.Create(ownerConnection))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Applied {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await ApplyEventStoreSchemaAsync(ownerConnection, cancellationToken);
            await EnsureRolesAndPoliciesAsync(ownerConnection, cancellationToken);
            await ProjectionShapes.RebuildChangedAsync(
                projectionShapes, ownerConnection, DatabaseSettings.DaemonConnectionString(configuration), logger, cancellationToken);
            return pending;
        }
    }

    private static async Task ApplyEventStoreSchemaAsync(string ownerConnection, CancellationToken cancellationToken)
    {
        // no time limit: a change such as a new duplicated column fills it in for every existing document
        var unlimited = new NpgsqlConnectionStringBuilder(ownerConnection) { CommandTimeout = 0 }.ConnectionString;
        await using var store = new DocumentStore(PersistenceModule.EventStoreOptions(unlimited, AutoCreate.CreateOrUpdate));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    private async Task EnsureRolesAndPoliciesAsync(string ownerConnection, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ownerConnection);
        await connection.OpenAsync(cancellationToken);
        // an operator-provided role (its own connection string) is theirs to make and grant; the policies name it all the same
        if (configuration[DatabaseSettings.AppConnectionStringKey] is not { Length: > 0 })
        {
            await DatabaseRoles.ExecuteAsync(connection, DatabaseRoles.CreateRole(DatabaseSettings.AppRole, DatabaseSettings.AppPassword(configuration)), cancellationToken);
            await DatabaseRoles.ExecuteAsync(connection, DatabaseRoles.AppGrants(DatabaseSettings.AppRole, connection.Database), cancellationToken);
        }

        if (configuration[DatabaseSettings.DaemonConnectionStringKey] is not { Length: > 0 })
        {
            await DatabaseRoles.ExecuteAsync(connection, DatabaseRoles.CreateRole(DatabaseSettings.DaemonRole, DatabaseSettings.DaemonPassword(configuration)), cancellationToken);
            await DatabaseRoles.ExecuteAsync(connection, DatabaseRoles.DaemonGrants(DatabaseSettings.DaemonRole, connection.Database), cancellationToken);
        }

        var daemonRole = new NpgsqlConnectionStringBuilder(DatabaseSettings.DaemonConnectionString(configuration)).Username!;
        await DatabaseRoles.ExecuteAsync(connection, DatabaseRoles.TenantRowLevelSecurity(daemonRole), cancellationToken);
    }
}
