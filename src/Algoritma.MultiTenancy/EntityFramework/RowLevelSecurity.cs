using Microsoft.EntityFrameworkCore.Migrations;

namespace Algoritma.MultiTenancy.EntityFramework;

/// <summary>Migration helpers: a tenant-owned table gets row-level security that even its owner obeys.</summary>
public static class RowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";

    public static void EnableTenantRowLevelSecurity(this MigrationBuilder migration, string table, string column = "tenant_id")
    {
        var predicate = $"{column} = current_setting('{TenantSessionInterceptor.SettingName}', true)";
        migration.Sql($"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;");
        migration.Sql($"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;");
        migration.Sql($"CREATE POLICY {PolicyName} ON {table} USING ({predicate}) WITH CHECK ({predicate});");
    }

    public static void DisableTenantRowLevelSecurity(this MigrationBuilder migration, string table)
    {
        migration.Sql($"DROP POLICY IF EXISTS {PolicyName} ON {table};");
        migration.Sql($"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;");
        migration.Sql($"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;");
    }
}
