using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// The roles <c>db migrate</c> makes and what they may touch. <c>algoritma_app</c> (the API) owns nothing, reads and writes
/// the tables through row-level security, and may only add to the audit log; <c>algoritma_daemon</c> (the projection
/// daemon) has the event store's schema only, where a policy of its own lets it see every tenant, and each tenant's time
/// zone and working calendar (the adoption projection's local days and working times). Neither is a superuser
/// or bypasses row-level security.
/// </summary>
internal static class DatabaseRoles
{
    public static string CreateRole(string role, string password) => $"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
            CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}';
          END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$;
        -- a session that never chose a tenant sees no tenant's rows rather than failing on a missing setting
        ALTER ROLE {role} SET {EventStoreSchema.TenantSetting} = '';
        """;

    public static string AppGrants(string role, string database) => $"""
        GRANT CONNECT ON DATABASE "{database}" TO {role};
        GRANT USAGE ON SCHEMA public TO {role};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE __ef_migrations_history FROM {role};
        REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_entries FROM {role};
        GRANT USAGE ON SCHEMA {EventStoreSchema.SchemaName} TO {role};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
        """;

    public static string DaemonGrants(string role, string database) => $"""
        GRANT CONNECT ON DATABASE "{database}" TO {role};
        GRANT USAGE ON SCHEMA {EventStoreSchema.SchemaName} TO {role};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {EventStoreSchema.SchemaName} TO {role};
        GRANT USAGE ON SCHEMA public TO {role};
        GRANT SELECT (id, time_zone, work_days, holidays, office_opens, office_closes) ON TABLE tenants TO {role};
        """;

    /// <summary>
    /// Every table with a tenant column, in every schema (Marten adds document tables as documents are added), gets
    /// ENABLE + FORCE row-level security and, unless it has one already (the EF migrations' and Marten's document
    /// policies), the tenant policy; in the event store's schema the daemon role gets a policy that shows it every row.
    /// </summary>
    public static string TenantRowLevelSecurity(string daemonRole) => $$"""
        DO $$
        DECLARE t record;
        BEGIN
          FOR t IN
            SELECT n.nspname AS schema_name, c.relname AS table_name, c.oid
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
          LOOP
            EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', t.schema_name, t.table_name);
            EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', t.schema_name, t.table_name);
            IF NOT EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = t.oid AND p.polname <> '{{DaemonPolicy}}') THEN
              EXECUTE format('CREATE POLICY {{TenantPolicy}} ON %I.%I USING (tenant_id = {{Setting}}) WITH CHECK (tenant_id = {{Setting}})',
                t.schema_name, t.table_name);
            END IF;
            IF t.schema_name = '{{EventStoreSchema.SchemaName}}'
               AND NOT EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = t.oid AND p.polname = '{{DaemonPolicy}}') THEN
              EXECUTE format('CREATE POLICY {{DaemonPolicy}} ON %I.%I TO %I USING (true) WITH CHECK (true)',
                t.schema_name, t.table_name, '{{daemonRole}}');
            END IF;
          END LOOP;
        END $$;
        """;

    public const string TenantPolicy = Algoritma.MultiTenancy.EntityFramework.RowLevelSecurity.PolicyName;

    public const string DaemonPolicy = "daemon_all_tenants";

    private const string Setting = $"current_setting(''{EventStoreSchema.TenantSetting}'', true)";

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
