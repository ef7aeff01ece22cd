using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.IntegrationTests.Tenancy;

/// <summary>Each isolation layer holds on its own, with the others out of the way.</summary>
[Collection(ApiCollection.Name)]
public sealed class IsolationLayerTests(ApiFactory api)
{
    private readonly CurrentTenant _current = new();

    private string OwnerConnection => DatabaseSettings.OwnerConnectionString(api.Services.GetRequiredService<IConfiguration>());

    private string AppConnection => DatabaseSettings.AppConnectionString(api.Services.GetRequiredService<IConfiguration>());

    private static TenantInfo Tenant(string id) => new(id, id, true, [], "Asia/Makassar");

    [Fact]
    public async Task A_pooled_context_left_open_by_its_last_holder_reads_with_the_next_holders_tenant()
    {
        // holders that open the connection themselves, within one tenant, and never close it (as a simulation batch did)
        const int holders = 40;
        var scopes = Enumerable.Range(0, holders).Select(_ => api.Services.CreateAsyncScope()).ToList();
        using (_current.BeginScope(Tenant("makassar")))
        {
            foreach (var scope in scopes)
            {
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                await db.Database.OpenConnectionAsync();
                Assert.True(await db.RegionUnits.AnyAsync());
            }
        }

        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }

        // every later lease reads before any tenant is in scope (as a tenant lookup does), then within another tenant
        for (var lease = 0; lease < holders * 2; lease++)
        {
            await using var next = api.Services.CreateAsyncScope();
            var db = next.ServiceProvider.GetRequiredService<PlatformDbContext>();
            using (_current.BeginPlatformScope())
            {
                Assert.Equal(0, await db.RegionUnits.CountAsync());
            }

            using (_current.BeginScope(Tenant("samarinda")))
            {
                var codes = await db.RegionUnits.Select(u => u.Code).ToListAsync();
                Assert.Equal(69, codes.Count);
                Assert.All(codes, code => Assert.StartsWith("64.72", code, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Ef_query_filter_alone_hides_other_tenants_rows()
    {
        // the owner is a superuser here, so row-level security does not apply: only the EF filter stands
        await using var db = PlatformDbContextFactory.Create(OwnerConnection);
        using (_current.BeginScope(Tenant("samarinda")))
        {
            var codes = await db.RegionUnits.Select(u => u.Code).ToListAsync();
            Assert.Equal(69, codes.Count);
            Assert.All(codes, code => Assert.StartsWith("64.72", code, StringComparison.Ordinal));
            Assert.True(await db.RegionUnits.IgnoreQueryFilters([TenantQueryFilters.FilterName]).AnyAsync(u => u.TenantId == "makassar"));
        }
    }

    [Fact]
    public async Task Ef_query_filter_with_no_tenant_in_scope_matches_nothing()
    {
        await using var db = PlatformDbContextFactory.Create(OwnerConnection);
        using (_current.BeginPlatformScope())
        {
            Assert.Equal(0, await db.RegionUnits.CountAsync());
        }
    }

    [Fact]
    public async Task Ef_stamping_refuses_to_write_another_tenants_row()
    {
        await using var db = CreateStampingContext();
        using (_current.BeginScope(Tenant("samarinda")))
        {
            db.RegionUnits.Add(new RegionUnit { TenantId = "makassar", Code = "73.71.99", ParentCode = "73.71", Kind = RegionKind.Kecamatan, Name = "X" });
            await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task Ef_stamping_refuses_to_change_a_row_loaded_from_another_tenant()
    {
        await using var db = CreateStampingContext();
        using (_current.BeginScope(Tenant("samarinda")))
        {
            var foreign = await db.RegionUnits.IgnoreQueryFilters().FirstAsync(u => u.TenantId == "makassar");
            foreign.Address = "hijacked";
            await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task Ef_stamping_sets_the_tenant_of_new_rows()
    {
        await using var db = CreateStampingContext();
        var unit = new RegionUnit { Code = "64.72.99", ParentCode = "64.72", Kind = RegionKind.Kecamatan, Name = "Kecamatan Uji" };
        using (_current.BeginScope(Tenant("samarinda")))
        {
            db.RegionUnits.Add(unit);
            await db.SaveChangesAsync();
            db.RegionUnits.Remove(unit);
            await db.SaveChangesAsync();
        }

        Assert.Equal("samarinda", unit.TenantId);
    }

    [Fact]
    public async Task Row_level_security_alone_hides_and_refuses_other_tenants_rows()
    {
        await using var connection = new NpgsqlConnection(AppConnection);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SELECT set_config('app.tenant_id', 'samarinda', false)");

        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM region_units WHERE tenant_id = 'makassar'"));
        Assert.Equal(69L, await ScalarAsync(connection, "SELECT count(*) FROM region_units"));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection,
            "INSERT INTO region_units (tenant_id, code, parent_code, kind, name, imported_at) VALUES ('makassar', '73.71.98', '73.71', 'Kecamatan', 'X', now())"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(0, await ExecuteAsync(connection, "UPDATE region_units SET address = 'hijacked' WHERE tenant_id = 'makassar'"));
    }

    [Fact]
    public async Task Row_level_security_without_a_tenant_shows_nothing()
    {
        await using var connection = new NpgsqlConnection(AppConnection);
        await connection.OpenAsync();

        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM region_units"));
    }

    [Fact]
    public async Task Application_role_is_neither_superuser_nor_owner_nor_bypassing_rls()
    {
        await using var connection = new NpgsqlConnection(AppConnection);
        await connection.OpenAsync();

        Assert.Equal(0L, await ScalarAsync(connection,
            "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)"));
        Assert.Equal(0L, await ScalarAsync(connection,
            "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user"));
    }

    [Fact]
    public async Task Every_table_with_a_tenant_column_in_every_schema_has_forced_row_level_security_and_a_policy()
    {
        await using var connection = new NpgsqlConnection(OwnerConnection);
        await connection.OpenAsync();
        var unprotected = await StringsAsync(connection, """
            SELECT n.nspname || '.' || c.relname
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND (NOT c.relrowsecurity OR NOT c.relforcerowsecurity
                   OR NOT EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = c.oid AND 0 = ALL (p.polroles)
                                  AND pg_get_expr(p.polqual, p.polrelid) LIKE '%current_setting(''app.tenant_id''%'
                                  AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%current_setting(''app.tenant_id''%'))
            """);

        Assert.True(unprotected.Count == 0, $"Tables with tenant_id but no forced row-level security tenant policy: {string.Join(", ", unprotected)}");
        var schemas = await StringsAsync(connection, "SELECT DISTINCT table_schema FROM information_schema.columns WHERE column_name = 'tenant_id'");
        Assert.Contains("public", schemas);
        Assert.Contains(EventStoreSchema.SchemaName, schemas);
    }

    [Fact]
    public async Task The_application_role_as_one_tenant_sees_no_other_tenants_events_documents_or_analytics()
    {
        // events and documents for three tenants, and the analytics the daemon projects from them
        foreach (var tenant in new[] { "samarinda", "makassar", "ponorogo" })
        {
            await api.InTenantAsync<Marten.IDocumentSession, int>(tenant, async session =>
            {
                var id = Guid.CreateVersion7();
                var now = DateTimeOffset.UtcNow;
                session.Events.StartStream<ServiceRequestView>(id, new RequestSubmitted(
                    id, $"RLS{id.ToString("N")[^8..]}", "ktp", 1, "64.72.01.1001", Channel.Counter, $"rls-{tenant}", null, [], now, now.AddDays(3), "officer"));
                await session.SaveChangesAsync();
                return 0;
            });
        }

        await api.CatchUpAsync();

        await using var owner = new NpgsqlConnection(OwnerConnection);
        await owner.OpenAsync();
        var tables = await StringsAsync(owner, $"""
            SELECT table_schema || '.' || table_name FROM information_schema.columns
            WHERE column_name = 'tenant_id' AND table_schema = '{EventStoreSchema.SchemaName}' ORDER BY 1
            """);
        await using var connection = new NpgsqlConnection(AppConnection);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SELECT set_config('app.tenant_id', 'makassar', false)");

        Assert.True(await ScalarAsync(owner, "SELECT count(*) FROM marten.mt_events WHERE tenant_id <> 'makassar'") > 0);
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM marten.mt_events WHERE tenant_id <> 'makassar'"));
        Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM marten.mt_events") > 0);
        foreach (var table in tables)
        {
            Assert.True(0L == await ScalarAsync(connection, $"SELECT count(*) FROM {table} WHERE tenant_id <> 'makassar'"), $"{table} shows other tenants' rows");
        }

        Assert.Contains("marten.adoption_citizens", tables);
        Assert.True(await ScalarAsync(owner, "SELECT count(*) FROM marten.adoption_citizens WHERE tenant_id <> 'makassar'") > 0);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection,
            "INSERT INTO marten.adoption_citizens (tenant_id, citizen_key, first_unit, first_use, last_use, uses) VALUES ('samarinda', 'forged', '64.72', now(), now(), 1)"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(0, await ExecuteAsync(connection, "DELETE FROM marten.mt_events WHERE tenant_id = 'samarinda'"));
    }

    [Fact]
    public async Task The_application_role_may_add_to_the_audit_log_but_never_change_or_remove_it()
    {
        await using var connection = new NpgsqlConnection(AppConnection);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SELECT set_config('app.tenant_id', 'samarinda', false)");

        foreach (var sql in new[] { "UPDATE audit_entries SET action = 'forged'", "DELETE FROM audit_entries", "TRUNCATE audit_entries" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        Assert.Equal(1L, await ScalarAsync(connection,
            "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = current_user AND table_name = 'audit_entries' AND privilege_type = 'INSERT'"));
    }

    [Fact]
    public async Task The_daemon_role_is_neither_superuser_nor_bypassing_rls_and_has_no_rights_outside_the_event_store_but_tenants_time_zones()
    {
        await using var connection = new NpgsqlConnection(DatabaseSettings.DaemonConnectionString(api.Services.GetRequiredService<IConfiguration>()));
        await connection.OpenAsync();

        Assert.Equal(0L, await ScalarAsync(connection,
            "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)"));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, "SELECT count(*) FROM public.citizen_profiles"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user"));
    }

    private static async Task<List<string>> StringsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private PlatformDbContext CreateStampingContext()
    {
        var options = new DbContextOptionsBuilder<PlatformDbContext>()
            .UseNpgsql(OwnerConnection).UseSnakeCaseNamingConvention()
            .AddInterceptors(new TenantStampingInterceptor(_current))
            .Options;
        return new PlatformDbContext(options);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
