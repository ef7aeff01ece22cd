using Microsoft.EntityFrameworkCore.Migrations;

namespace Algoritma.MultiTenancy.EntityFramework;

/// <summary>Migration helpers: a tenant-owned table gets row-level security that even its owner obeys.</summary>
public static class RowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";

    /// <param name="platformRowsHaveNoTenant">
    /// Rows with a null tenant belong to the platform scope (e.g. platform administrators): they are visible
    /// only when no tenant is in scope.
    /// </param>
    public static void EnableTenantRowLevelSecurity(
        this MigrationBuilder migration, string table, string column = "tenant_id", bool platformRowsHaveNoTenant = false)
    {
        var setting = $"current_setting('{TenantSessionInterceptor.SettingName}', true)";
        var predicate = platformRowsHaveNoTenant
            ? $"{column} IS NOT DISTINCT FROM nullif({setting}, '')"
            : $"{column} = {setting}";
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
