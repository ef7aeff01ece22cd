using JasperFx;
using Marten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// Applies the checked-in EF Core migrations as the database owner, then makes sure the application role
/// exists (no superuser, no BYPASSRLS) with rights on the tables. Running it twice changes nothing.
/// </summary>
public sealed class DatabaseMigrator(IConfiguration configuration, ILogger<DatabaseMigrator> logger)
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
            await EnsureAppRoleAsync(ownerConnection, cancellationToken);
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

    private async Task EnsureAppRoleAsync(string ownerConnection, CancellationToken cancellationToken)
    {
        if (configuration[DatabaseSettings.AppConnectionStringKey] is { Length: > 0 })
        {
            return; // an operator-provided application role is theirs to grant
        }

        await using var connection = new NpgsqlConnection(ownerConnection);
        await connection.OpenAsync(cancellationToken);
        var role = DatabaseSettings.AppRole;
        var password = DatabaseSettings.AppPassword(configuration).Replace("'", "''", StringComparison.Ordinal);
        await ExecuteAsync(connection, $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{password}';
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$;
            """, cancellationToken);
        await ExecuteAsync(connection, $"""
            GRANT CONNECT ON DATABASE "{connection.Database}" TO {role};
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE __ef_migrations_history FROM {role};
            GRANT USAGE ON SCHEMA {EventStoreSchema.SchemaName} TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
            """, cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
