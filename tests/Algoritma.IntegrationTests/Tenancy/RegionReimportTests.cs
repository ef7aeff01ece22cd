using System.Text.Json;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class RegionReimportTests(ApiFactory api)
{
    private const string Preview = "{ regionImportPreview { token changes { code change kind name previousName parentCode } } }";

    private const string Apply = """
        mutation ($token: String!) {
          reimportOfficialRegions(input: { previewToken: $token }) { applied { code change name } errors { code path } }
        }
        """;

    [Fact]
    public async Task A_renamed_unit_shows_as_a_rename_and_applying_it_empties_the_preview_and_keeps_local_details()
    {
        var admin = await AdminOf("ponorogo");
        var official = await NameOfAsync(admin, "35.02.02");
        await admin.PostAsync("mutation { updateRegionDetails(input: { code: \"35.02.02\", headName: \"Bapak Camat\" }) { errors { code } } }");
        await SqlAsync("ponorogo", db => db.RegionUnits.Where(u => u.Code == "35.02.02").ExecuteUpdateAsync(u => u.SetProperty(x => x.Name, "NAMA LAMA")));

        var preview = (await admin.PostAsync(Preview)).Data.GetProperty("regionImportPreview");
        var change = Assert.Single(preview.GetProperty("changes").EnumerateArray());
        Assert.Equal("RENAME", change.GetProperty("change").GetString());
        Assert.Equal("NAMA LAMA", change.GetProperty("previousName").GetString());
        Assert.Equal(official, change.GetProperty("name").GetString());

        var applied = (await admin.PostAsync(Apply, new { token = Token(preview) })).Data.GetProperty("reimportOfficialRegions");
        Assert.Empty(applied.GetProperty("errors").EnumerateArray());
        Assert.Equal("35.02.02", Assert.Single(applied.GetProperty("applied").EnumerateArray()).GetProperty("code").GetString());

        var after = (await admin.PostAsync(Preview)).Data.GetProperty("regionImportPreview");
        Assert.Empty(after.GetProperty("changes").EnumerateArray());
        var region = (await admin.PostAsync("{ region(code: \"35.02.02\") { name headName retiredAt } }")).Data.GetProperty("region");
        Assert.Equal(official, region.GetProperty("name").GetString());
        Assert.Equal("Bapak Camat", region.GetProperty("headName").GetString());

        var again = (await admin.PostAsync(Apply, new { token = Token(after) })).Data.GetProperty("reimportOfficialRegions");
        Assert.Empty(again.GetProperty("errors").EnumerateArray());
        Assert.Empty(again.GetProperty("applied").EnumerateArray());

        var audit = await admin.PostAsync("{ auditLog(last: 100) { nodes { action target details } } }");
        Assert.Contains(audit.Data.GetProperty("auditLog").GetProperty("nodes").EnumerateArray(), e =>
            e.GetProperty("action").GetString() == "regions.reimported" && e.GetProperty("target").GetString() == "ponorogo"
            && JsonDocument.Parse(e.GetProperty("details").GetString()!).RootElement.TryGetProperty("rename", out var renamed) && renamed.GetInt32() == 1);
    }

    [Fact]
    public async Task A_code_gone_from_the_official_list_is_retired_not_deleted_and_restored_when_it_returns()
    {
        var admin = await AdminOf("ponorogo");
        await SqlAsync("ponorogo", db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO region_units (tenant_id, code, parent_code, kind, name, imported_at) VALUES ('ponorogo', '35.02.99', '35.02', 'Kecamatan', 'HAPUS', now())"));

        var preview = (await admin.PostAsync(Preview)).Data.GetProperty("regionImportPreview");
        var change = Assert.Single(preview.GetProperty("changes").EnumerateArray());
        Assert.Equal(("35.02.99", "RETIRE"), (change.GetProperty("code").GetString(), change.GetProperty("change").GetString()));
        await admin.PostAsync(Apply, new { token = Token(preview) });

        var region = (await admin.PostAsync("{ region(code: \"35.02.99\") { name retiredAt } }")).Data.GetProperty("region");
        Assert.Equal("HAPUS", region.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, region.GetProperty("retiredAt").ValueKind);
        Assert.Empty((await admin.PostAsync(Preview)).Data.GetProperty("regionImportPreview").GetProperty("changes").EnumerateArray());

        var services = (await admin.PostAsync("{ services(first: 100) { nodes { code level } } }")).Data.GetProperty("services").GetProperty("nodes").EnumerateArray();
        var kecamatanService = services.First(n => n.GetProperty("level").GetString() == "KECAMATAN").GetProperty("code").GetString();
        var offered = await admin.PostAsync(
            "mutation ($code: String!) { offerService(input: { code: $code, unitCodes: [\"35.02.99\"], channels: [COUNTER] }) { errors { code } } }", new { code = kecamatanService });
        var submitted = await admin.PostAsync(
            "mutation ($service: String!) { submitServiceRequest(input: { service: $service, unit: \"35.02.99\", channel: ASSISTED, documents: [], citizenNik: \"3502011508900001\" }) { errors { code path } } }",
            new { service = kecamatanService });
        Assert.Equal("UNIT_RETIRED", offered.Data.GetProperty("offerService").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("UNIT_RETIRED", Assert.Single(submitted.Data.GetProperty("submitServiceRequest").GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());

        await SqlAsync("ponorogo", db => db.RegionUnits.Where(u => u.Code == "35.02.99").ExecuteDeleteAsync());
    }

    [Fact]
    public async Task A_stale_preview_gets_CONFLICT_and_nothing_is_written()
    {
        var admin = await AdminOf("ponorogo");
        var stale = Token((await admin.PostAsync(Preview)).Data.GetProperty("regionImportPreview"));
        await SqlAsync("ponorogo", db => db.RegionUnits.Where(u => u.Code == "35.02.03").ExecuteUpdateAsync(u => u.SetProperty(x => x.Name, "BERUBAH")));

        var refused = (await admin.PostAsync(Apply, new { token = stale })).Data.GetProperty("reimportOfficialRegions");
        var tooLong = (await admin.PostAsync(Apply, new { token = new string('a', 65) })).Data.GetProperty("reimportOfficialRegions");

        Assert.Equal("CONFLICT", refused.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("""["input","previewToken"]""", refused.GetProperty("errors")[0].GetProperty("path").GetRawText());
        Assert.Equal("TOO_LONG", tooLong.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("BERUBAH", await NameOfAsync(admin, "35.02.03"));

        await admin.PostAsync(Apply, new { token = Token((await admin.PostAsync(Preview)).Data.GetProperty("regionImportPreview")) });
        Assert.NotEqual("BERUBAH", await NameOfAsync(admin, "35.02.03"));
    }

    [Fact]
    public async Task Another_tenants_admin_neither_sees_nor_applies_its_changes()
    {
        await SqlAsync("makassar", db => db.RegionUnits.Where(u => u.Code == "73.71.01").ExecuteUpdateAsync(u => u.SetProperty(x => x.Name, "MILIK MAKASSAR")));
        var samarinda = await AdminOf("samarinda");

        var preview = (await samarinda.PostAsync(Preview)).Data.GetProperty("regionImportPreview");
        await samarinda.PostAsync(Apply, new { token = Token(preview) });

        Assert.DoesNotContain(preview.GetProperty("changes").EnumerateArray(), c => c.GetProperty("code").GetString() == "73.71.01");
        var makassar = await AdminOf("makassar");
        Assert.Equal("MILIK MAKASSAR", await NameOfAsync(makassar, "73.71.01"));
        await makassar.PostAsync(Apply, new { token = Token((await makassar.PostAsync(Preview)).Data.GetProperty("regionImportPreview")) });
        Assert.NotEqual("MILIK MAKASSAR", await NameOfAsync(makassar, "73.71.01"));
    }

    [Fact]
    public async Task Officers_and_anonymous_callers_cannot_preview_or_reimport()
    {
        var officer = api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!);

        Assert.Equal("FORBIDDEN", (await officer.PostAsync(Preview)).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await officer.PostAsync(Apply, new { token = "x" })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Tenant("samarinda").PostAsync(Preview)).FirstErrorCode);
    }

    private static string Token(JsonElement preview) => preview.GetProperty("token").GetString()!;

    private static async Task<string> NameOfAsync(GraphQLClient client, string code) =>
        (await client.PostAsync("query ($code: String!) { region(code: $code) { name } }", new { code })).Data.GetProperty("region").GetProperty("name").GetString()!;

    private Task<int> SqlAsync(string tenant, Func<PlatformDbContext, Task<int>> work) => api.InTenantAsync(tenant, work);

    private async Task<GraphQLClient> AdminOf(string tenant) => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));
}
