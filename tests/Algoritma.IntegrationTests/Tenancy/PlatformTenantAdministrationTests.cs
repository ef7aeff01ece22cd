using System.Net;
using System.Text.Json;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.IntegrationTests.Tenancy;

/// <summary>The platform admin's tenant screens: the official regencies to pick from, and switching a tenant off and on.</summary>
[Collection(ApiCollection.Name)]
public sealed class PlatformTenantAdministrationTests(ApiFactory api)
{
    private const string Regencies = """
        query ($search: String, $province: String, $first: Int) {
          officialRegencies(search: $search, province: $province, first: $first) {
            code name provinceCode provinceName kecamatanCount kelurahanCount desaCount heldBy
          }
        }
        """;

    private const string SetEnabled = """
        mutation ($input: SetTenantEnabledInput!) {
          setTenantEnabled(input: $input) { tenant { slug enabled } errors { code path } }
        }
        """;

    private async Task<GraphQLClient> AdminAsync() => api.GraphQL().WithToken(await api.PlatformAdminAsync());

    private async Task<string> OnboardFreeRegencyAsync()
    {
        var held = await api.WithServiceAsync<PlatformDbContext, List<string>>(db => db.Tenants.Select(t => t.RegencyCode).ToListAsync());
        var free = OfficialRegionsCatalog.Shared.Regencies.Where(r => !held.Contains(r.Code)).ToList();
        var regency = free[Random.Shared.Next(free.Count)];
        var slug = $"s-{Guid.NewGuid():N}"[..20];
        var response = await (await AdminAsync()).PostAsync(
            "mutation ($input: OnboardTenantInput!) { onboardTenant(input: $input) { errors { code } } }",
            new { input = new { id = slug, name = "Kabupaten Saklar", regencyCode = regency.Code, timeZone = "Asia/Jakarta" } });
        Assert.Empty(response.Data.GetProperty("onboardTenant").GetProperty("errors").EnumerateArray());
        return slug;
    }

    [Fact]
    public async Task Official_regencies_are_searched_within_a_province_with_their_counts_and_holder()
    {
        var response = await (await AdminAsync()).PostAsync(Regencies, new { search = "samarinda", province = "64" });

        var found = Assert.Single(response.Data.GetProperty("officialRegencies").EnumerateArray());
        var villages = OfficialRegionsCatalog.Shared.VillagesOf("64.72");
        Assert.Equal("64.72", found.GetProperty("code").GetString());
        Assert.Equal("Kota Samarinda", found.GetProperty("name").GetString());
        Assert.Equal("Kalimantan Timur", found.GetProperty("provinceName").GetString());
        Assert.Equal(OfficialRegionsCatalog.Shared.DistrictsOf("64.72").Count, found.GetProperty("kecamatanCount").GetInt32());
        Assert.Equal(villages.Count(v => v.Kind == RegionKind.Kelurahan), found.GetProperty("kelurahanCount").GetInt32());
        Assert.Equal(villages.Count(v => v.Kind == RegionKind.Desa), found.GetProperty("desaCount").GetInt32());
        Assert.True(found.GetProperty("kecamatanCount").GetInt32() > 0);
        Assert.Equal("samarinda", found.GetProperty("heldBy").GetString());
    }

    [Fact]
    public async Task Without_a_search_a_province_lists_its_regencies_capped_by_first()
    {
        var admin = await AdminAsync();
        var all = await admin.PostAsync(Regencies, new { province = "64", first = 100 });
        var two = await admin.PostAsync(Regencies, new { province = "64", first = 2 });
        var provinces = await admin.PostAsync("{ officialProvinces { code name } }");

        Assert.Equal(OfficialRegionsCatalog.Shared.Regencies.Count(r => r.ProvinceCode == "64"), all.Data.GetProperty("officialRegencies").GetArrayLength());
        Assert.Equal(2, two.Data.GetProperty("officialRegencies").GetArrayLength());
        Assert.Equal(OfficialRegionsCatalog.Shared.Provinces.Count, provinces.Data.GetProperty("officialProvinces").GetArrayLength());
    }

    [Theory]
    [InlineData("x", "99", 10)]
    [InlineData("x", null, 0)]
    [InlineData("x", null, 101)]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", null, 10)]
    public async Task Out_of_bounds_arguments_are_bad_user_input(string search, string? province, int first)
    {
        var response = await (await AdminAsync()).PostAsync(Regencies, new { search, province, first });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_city_admin_may_neither_list_regencies_nor_switch_tenants()
    {
        var cityAdmin = api.GraphQL().WithToken(await api.CityAdminAsync("samarinda"));
        var onOwnRoute = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

        Assert.Equal("FORBIDDEN", (await cityAdmin.PostAsync(Regencies, new { search = "kota" })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await onOwnRoute.PostAsync(Regencies, new { search = "kota" })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await onOwnRoute.PostAsync(SetEnabled, new { input = new { tenant = "makassar", enabled = false } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await cityAdmin.PostAsync(SetEnabled, new { input = new { tenant = "makassar", enabled = false } })).FirstErrorCode);
        var makassar = await api.WithServiceAsync<PlatformDbContext, bool>(db => db.Tenants.Where(t => t.Id == "makassar").Select(t => t.Enabled).SingleAsync());
        Assert.True(makassar);
    }

    [Fact]
    public async Task A_disabled_tenants_route_answers_not_found_until_it_is_enabled_again_and_both_are_audited()
    {
        var slug = await OnboardFreeRegencyAsync();
        var admin = await AdminAsync();
        const string Probe = "{ __typename }";
        Assert.Equal(HttpStatusCode.OK, (await api.Tenant(slug).PostAsync(Probe)).Status);

        var disabled = await admin.PostAsync(SetEnabled, new { input = new { tenant = slug, enabled = false } });
        var whileDisabled = await api.Tenant(slug).PostAsync(Probe);
        var enabled = await admin.PostAsync(SetEnabled, new { input = new { tenant = slug, enabled = true } });
        var afterwards = await api.Tenant(slug).PostAsync(Probe);

        Assert.False(disabled.Data.GetProperty("setTenantEnabled").GetProperty("tenant").GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, whileDisabled.Status);
        Assert.Equal("NOT_FOUND", whileDisabled.FirstErrorCode);
        Assert.True(enabled.Data.GetProperty("setTenantEnabled").GetProperty("tenant").GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, afterwards.Status);
        var actions = await api.InTenantAsync<PlatformDbContext, List<string>>(slug, db =>
            db.Set<AuditEntry>().Where(a => a.Target == slug).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["tenant.disabled", "tenant.enabled"], actions);
        var elsewhere = await api.InTenantAsync<PlatformDbContext, int>("samarinda", db => db.Set<AuditEntry>().CountAsync(a => a.Target == slug));
        Assert.Equal(0, elsewhere);
    }

    [Theory]
    [InlineData("tidak-ada", "TENANT_NOT_FOUND")]
    [InlineData("U2VydmljZVJlcXVlc3Q6bm9uZTpub25l", "TENANT_NOT_FOUND")]
    [InlineData(" ", "REQUIRED")]
    [InlineData("samarindaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "TOO_LONG")]
    public async Task A_tenant_that_names_none_is_a_payload_error_and_nothing_changes(string tenant, string code)
    {
        var response = await (await AdminAsync()).PostAsync(SetEnabled, new { input = new { tenant, enabled = false } });

        var payload = response.Data.GetProperty("setTenantEnabled");
        Assert.Equal([code], payload.ErrorCodes());
        Assert.Equal(["input", "tenant"], payload.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("tenant").ValueKind);
        var disabled = await api.WithServiceAsync<PlatformDbContext, int>(db => db.Tenants.CountAsync(t => !t.Enabled && t.Source == "config"));
        Assert.Equal(0, disabled);
    }
}
