using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Algoritma.MultiTenancy.EntityFramework;

/// <summary>
/// Sets <c>app.tenant_id</c> on every connection EF Core opens, so PostgreSQL's row-level security
/// policies see the tenant in scope (an empty value, matching no row, when there is none).
/// </summary>
public sealed class TenantSessionInterceptor(CurrentTenant current) : DbConnectionInterceptor
{
    public const string SettingName = "app.tenant_id";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private NpgsqlCommand Command(DbConnection connection) =>
        new($"SELECT set_config('{SettingName}', $1, false)", (NpgsqlConnection)connection)
        {
            Parameters = { new NpgsqlParameter { Value = current.Id ?? string.Empty } },
        };
}
