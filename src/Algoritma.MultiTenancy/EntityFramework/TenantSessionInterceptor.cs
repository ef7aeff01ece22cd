using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Algoritma.MultiTenancy.EntityFramework;

/// <summary>
/// Makes <c>app.tenant_id</c> the tenant in scope on every connection EF Core opens, so PostgreSQL's row-level
/// security policies see it (an empty value, matching no row, when there is none). A connection string bound to a
/// tenant (<see cref="BindTo"/>) starts its sessions with the setting, so a connection from its pool needs no extra
/// round trip while that tenant is in scope; any other connection gets a <c>set_config</c> when it opens.
/// </summary>
public sealed partial class TenantSessionInterceptor(CurrentTenant current) : DbConnectionInterceptor
{
    public const string SettingName = "app.tenant_id";

    // the tenant each connection string binds its sessions to (null: none)
    private static readonly ConcurrentDictionary<string, string?> BoundTenants = new();

    // the bound string of each (connection string, tenant): a context is made per request, the strings are few
    private static readonly ConcurrentDictionary<(string ConnectionString, string TenantId), string> BoundStrings = new();

    /// <summary>
    /// The connection string whose sessions start with <paramref name="tenantId"/> as the setting: a pool of its own,
    /// whose connections keep the setting through the pool's reset (RESET ALL returns to the session's start value).
    /// </summary>
    public static string BindTo(string connectionString, string? tenantId) =>
        tenantId is null ? connectionString : BoundStrings.GetOrAdd((connectionString, tenantId), static key =>
        {
            var builder = new NpgsqlConnectionStringBuilder(key.ConnectionString);
            builder.Options = $"{builder.Options} -c {SettingName}={key.TenantId}".Trim();
            return builder.ConnectionString;
        });

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsBoundToCurrentTenant(connection))
        {
            using var command = Command(connection);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsBoundToCurrentTenant(connection))
        {
            await using var command = Command(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool IsBoundToCurrentTenant(DbConnection connection) =>
        current.Id is { } tenant && BoundTenants.GetOrAdd(connection.ConnectionString, BoundTenantOf) == tenant;

    internal static string? BoundTenantOf(string connectionString) =>
        BindingOption().Matches(new NpgsqlConnectionStringBuilder(connectionString).Options ?? string.Empty).LastOrDefault()?.Groups[1].Value;

    [GeneratedRegex(@"(?:^|\s)-c\s*app\.tenant_id=(\S+)")]
    private static partial Regex BindingOption();

    private NpgsqlCommand Command(DbConnection connection) =>
        new($"SELECT set_config('{SettingName}', $1, false)", (NpgsqlConnection)connection)
        {
            Parameters = { new NpgsqlParameter { Value = current.Id ?? string.Empty } },
        };
}
