using System.Net;
using Algoritma.Platform;
using Algoritma.Platform.Features.Onboarding;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Algoritma.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class OnboardingTests(ApiFactory api)
{
    private const string Onboard = """
        mutation ($input: OnboardTenantInput!) {
          onboardTenant(input: $input) {
            tenant { id slug name regencyCode regencyName timeZone source }
            kecamatanCount kelurahanCount desaCount
            errors { code message path }
          }
        }
        """;

    private static object Input(string id, string regencyCode, string timeZone = "Asia/Jakarta", string[]? hosts = null) =>
        new { input = new { id, name = $"Tenant {id}", regencyCode, timeZone, hosts = hosts ?? [] } };

    [Fact]
    public async Task A_regency_onboarded_at_runtime_gets_exactly_its_official_regions()
    {
        var held = await api.WithServiceAsync<PlatformDbContext, List<string>>(db => db.Tenants.Select(t => t.RegencyCode).ToListAsync());
        var free = OfficialRegionsCatalog.Shared.Regencies.Where(r => !held.Contains(r.Code)).ToList();
        var regency = free[Random.Shared.Next(free.Count)];
        var slug = $"r-{regency.Code.Replace('.', '-')}-{Guid.NewGuid():N}"[..30];

        var response = await (await AdminAsync()).PostAsync(Onboard, Input(slug, regency.Code));

        var payload = response.Data.GetProperty("onboardTenant");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var villages = OfficialRegionsCatalog.Shared.VillagesOf(regency.Code);
        Assert.Equal(OfficialRegionsCatalog.Shared.DistrictsOf(regency.Code).Count, payload.GetProperty("kecamatanCount").GetInt32());
        Assert.Equal(villages.Count(v => v.Kind == RegionKind.Kelurahan), payload.GetProperty("kelurahanCount").GetInt32());
        Assert.Equal(villages.Count(v => v.Kind == RegionKind.Desa), payload.GetProperty("desaCount").GetInt32());
        Assert.Equal(regency.Name, payload.GetProperty("tenant").GetProperty("regencyName").GetString());

        var stored = await api.Tenant(slug).PostAsync("{ kecamatans(first: 100) { totalCount nodes { villages(first: 100) { totalCount } } } }");
        Assert.Equal(villages.Count, stored.Data.GetProperty("kecamatans").GetProperty("nodes").EnumerateArray()
            .Sum(k => k.GetProperty("villages").GetProperty("totalCount").GetInt32()));
    }

    [Fact]
    public async Task Kota_balikpapan_onboards_with_kelurahan_only()
    {
        var response = await (await AdminAsync()).PostAsync(Onboard, Input("balikpapan", "64.71", "Asia/Makassar", ["balikpapan.algoritma.local"]));

        var payload = response.Data.GetProperty("onboardTenant");
        Assert.Equal("runtime", payload.GetProperty("tenant").GetProperty("source").GetString());
        Assert.Equal(0, payload.GetProperty("desaCount").GetInt32());
        Assert.True(payload.GetProperty("kelurahanCount").GetInt32() > 0);
        Assert.True((await api.Tenant("balikpapan").PostAsync("{ tenant { slug } }")).Status == HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Bad_Slug", "64.71", "Asia/Makassar", "INVALID_SLUG", "id")]
    [InlineData("nowhere", "99.99", "Asia/Makassar", "UNKNOWN_REGENCY", "regencyCode")]
    [InlineData("nowhen", "64.71", "Asia/Samarinda", "UNKNOWN_TIME_ZONE", "timeZone")]
    [InlineData("samarinda", "64.72", "Asia/Makassar", "TENANT_EXISTS", "id")]
    public async Task Invalid_onboarding_is_refused_precisely_and_writes_nothing(
        string id, string regencyCode, string timeZone, string code, string field)
    {
        var before = await CountRowsAsync();

        var response = await (await AdminAsync()).PostAsync(Onboard, Input(id, regencyCode, timeZone));

        var payload = response.Data.GetProperty("onboardTenant");
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal($"[\"input\",\"{field}\"]", error.GetProperty("path").GetRawText());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("tenant").ValueKind);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Theory]
    [InlineData("3271")]
    [InlineData("32.7")]
    [InlineData("32-71")]
    [InlineData(" 32.71.01")]
    public async Task A_regency_code_not_of_the_form_NN_NN_is_refused_naming_it(string regencyCode)
    {
        var before = await CountRowsAsync();

        var response = await (await AdminAsync()).PostAsync(Onboard, Input("kota-bogor", regencyCode, "Asia/Jakarta"));

        var payload = response.Data.GetProperty("onboardTenant");
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_REGENCY_CODE", error.GetProperty("code").GetString());
        Assert.Contains($"'{regencyCode.Trim()}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("[\"input\",\"regencyCode\"]", error.GetProperty("path").GetRawText());
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_second_tenant_for_a_held_regency_is_refused_naming_the_holder()
    {
        var before = await CountRowsAsync();

        var response = await (await AdminAsync()).PostAsync(Onboard, Input("samarinda-baru", "64.72", "Asia/Makassar"));

        var error = Assert.Single(response.Data.GetProperty("onboardTenant").GetProperty("errors").EnumerateArray());
        Assert.Equal("REGENCY_TAKEN", error.GetProperty("code").GetString());
        Assert.Contains("'samarinda'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Two_onboardings_of_one_free_regency_at_once_create_one_tenant_and_refuse_the_other()
    {
        var held = await api.WithServiceAsync<PlatformDbContext, List<string>>(db => db.Tenants.Select(t => t.RegencyCode).ToListAsync());
        var regency = OfficialRegionsCatalog.Shared.Regencies.First(r => !held.Contains(r.Code) && r.Code.StartsWith("7", StringComparison.Ordinal));
        var admin = await AdminAsync();
        var slugs = new[] { "race-a", "race-b", "race-c", "race-d" }.Select(s => $"{s}-{Guid.NewGuid():N}"[..20]).ToArray();

        var responses = await Task.WhenAll(slugs.Select(slug => admin.PostAsync(Onboard, Input(slug, regency.Code))));

        var codes = responses.Select(r => r.Data.GetProperty("onboardTenant").GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("code").GetString()).SingleOrDefault()).ToList();
        Assert.Single(codes, code => code is null);
        Assert.Equal(3, codes.Count(code => code == "REGENCY_TAKEN"));
        Assert.Equal(1, await api.WithServiceAsync<PlatformDbContext, int>(db => db.Tenants.CountAsync(t => t.RegencyCode == regency.Code)));
    }

    [Fact]
    public async Task Tenants_apply_refuses_a_held_regency_unless_platform_yaml_allows_it()
    {
        var folder = Directory.CreateTempSubdirectory("tenants-config-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "kota-smd.yaml"),
            "id: kota-smd\nname: Kota Samarinda Kedua\nregencyCode: \"64.72\"\ntimeZone: Asia/Makassar\n");
        var before = await CountRowsAsync();

        var refused = await ApplyAsync(folder.FullName);

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Errors, e => e.Contains("REGENCY_TAKEN", StringComparison.Ordinal) && e.Contains("'samarinda'", StringComparison.Ordinal));
        Assert.Equal(before, await CountRowsAsync());

        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "platform.yaml"), "allowSharedRegencies: true\n");
        var allowed = await ApplyAsync(folder.FullName);

        Assert.True(allowed.Succeeded, string.Join(Environment.NewLine, allowed.Errors));
        Assert.Equal("64.72", Assert.Single(allowed.Applied).Tenant!.RegencyCode);
    }

    [Fact]
    public async Task A_host_claimed_by_another_tenant_is_refused()
    {
        var response = await (await AdminAsync()).PostAsync(Onboard, Input("kutai", "64.02", "Asia/Makassar", ["samarinda.algoritma.local"]));

        var error = response.Data.GetProperty("onboardTenant").GetProperty("errors")[0];
        Assert.Equal("HOST_TAKEN", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Onboarding_within_a_tenant_is_forbidden()
    {
        var response = await api.Tenant("samarinda").WithToken(await api.PlatformAdminAsync())
            .PostAsync(Onboard, Input("bontang", "64.74", "Asia/Makassar"));

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Equal(0, await api.WithServiceAsync<PlatformDbContext, int>(db => db.Tenants.CountAsync(t => t.Id == "bontang")));
    }

    [Fact]
    public async Task Reapplying_tenants_config_changes_nothing()
    {
        var report = await api.WithServiceAsync<TenantsConfigApplier, TenantsConfigReport>(
            applier => applier.ApplyFolderAsync(Path.Combine(Checkout.OfBinaries, "tenants-config"), CancellationToken.None));

        Assert.True(report.Succeeded);
        Assert.All(report.Applied, outcome => Assert.Equal(OnboardingStatus.Unchanged, outcome.Status));
        Assert.Equal(["makassar", "ponorogo", "samarinda"], report.Applied.Select(o => o.Tenant!.Id).Order());
    }

    [Fact]
    public async Task An_invalid_tenants_config_folder_applies_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("tenants-config-");
        File.Copy(Path.Combine(Checkout.OfBinaries, "tenants-config", "samarinda.yaml"), Path.Combine(folder.FullName, "samarinda.yaml"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "bontang.yaml"),
            "id: bontang\nname: Kota Bontang\nregencyCode: 64.74\ntimeZone: Asia/Makassar\n");
        var before = await CountRowsAsync();

        var report = await api.WithServiceAsync<TenantsConfigApplier, TenantsConfigReport>(
            applier => applier.ApplyFolderAsync(folder.FullName, CancellationToken.None));

        Assert.False(report.Succeeded);
        Assert.Contains(report.Errors, e => e.Contains("bontang.yaml:3", StringComparison.Ordinal) && e.Contains("regencyCode", StringComparison.Ordinal));
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Onboarding_needs_a_signed_in_platform_admin()
    {
        var anonymous = await api.GraphQL().PostAsync(Onboard, Input("bontang", "64.74", "Asia/Makassar"));
        var cityAdmin = await api.GraphQL().WithToken(await api.CityAdminAsync("samarinda"))
            .PostAsync(Onboard, Input("bontang", "64.74", "Asia/Makassar"));

        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        Assert.False(anonymous.HasData);
        Assert.Equal("FORBIDDEN", cityAdmin.FirstErrorCode);
        Assert.Equal(0, await api.WithServiceAsync<PlatformDbContext, int>(db => db.Tenants.CountAsync(t => t.Id == "bontang")));
    }

    private Task<TenantsConfigReport> ApplyAsync(string folder) =>
        api.WithServiceAsync<TenantsConfigApplier, TenantsConfigReport>(applier => applier.ApplyFolderAsync(folder, CancellationToken.None));

    private async Task<GraphQLClient> AdminAsync() => api.GraphQL().WithToken(await api.PlatformAdminAsync());

    private Task<(int Tenants, int Regions)> CountRowsAsync() =>
        api.WithServiceAsync<IConfiguration, (int, int)>(async configuration =>
        {
            await using var db = PlatformDbContextFactory.Create(DatabaseSettings.OwnerConnectionString(configuration));
            return (await db.Tenants.CountAsync(), await db.RegionUnits.IgnoreQueryFilters().CountAsync());
        });
}
