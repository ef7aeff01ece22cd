using Algoritma.IntegrationTests.Infrastructure;
using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Regions.Reference;
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
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user"));
    }

    [Fact]
    public async Task Every_table_with_a_tenant_column_has_forced_row_level_security_and_a_policy()
    {
        await using var connection = new NpgsqlConnection(OwnerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.table_schema || '.' || c.table_name
            FROM information_schema.columns c
            JOIN pg_class t ON t.relname = c.table_name
            JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = c.table_schema
            WHERE c.column_name = 'tenant_id' AND c.table_schema = 'public'
              AND (NOT t.relrowsecurity OR NOT t.relforcerowsecurity
                   OR NOT EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = c.table_schema AND p.tablename = c.table_name))
            """, connection);
        var unprotected = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                unprotected.Add(reader.GetString(0));
            }
        }

        Assert.True(unprotected.Count == 0, $"Tables with tenant_id but no forced row-level security policy: {string.Join(", ", unprotected)}");
        Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'tenant_id' AND table_schema = 'public'") > 0);
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
