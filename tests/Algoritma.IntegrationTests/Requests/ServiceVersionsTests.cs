namespace Algoritma.IntegrationTests.Requests;

[Collection(ApiCollection.Name)]
public sealed class ServiceVersionsTests(ApiFactory api)
{
    private const string Versions = "query ($code: String!) { service(code: $code) { currentVersion versions { version publishedAt completionAmount publishedBy } } }";

    [Fact]
    public async Task Versions_come_from_the_catalog_store_newest_first_with_who_published_them()
    {
        var admin = api.Tenant("ponorogo").WithToken(await api.CityAdminAsync("ponorogo"));
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"sktm\", code: \"sktm-versi\" }) { errors { code } } }");
        var published = await admin.PostAsync("""
            mutation { publishServiceStandard(input: { code: "sktm-versi", completionUnit: WORKING_DAYS, completionAmount: 4, product: "Surat",
              complaintChannel: "SP4N-LAPOR!", legalBasis: "Perbup", procedure: ["Ajukan"], requirements: [{ code: "ktp", name: "KTP-el", required: true }] }) { errors { code } } }
            """);
        Assert.Empty(published.Data.GetProperty("publishServiceStandard").GetProperty("errors").EnumerateArray());

        var service = (await admin.PostAsync(Versions, new { code = "sktm-versi" })).Data.GetProperty("service");
        var versions = service.GetProperty("versions").EnumerateArray().ToList();

        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(4, versions[0].GetProperty("completionAmount").GetInt32());
        Assert.All(versions, v => Assert.False(string.IsNullOrEmpty(v.GetProperty("publishedBy").GetString())));
    }

    [Fact]
    public async Task Who_published_is_for_city_admins_and_another_tenant_sees_no_versions()
    {
        var admin = api.Tenant("ponorogo").WithToken(await api.CityAdminAsync("ponorogo"));
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"sktm\", code: \"sktm-milik\" }) { errors { code } } }");

        var anonymous = await api.Tenant("ponorogo").PostAsync(Versions, new { code = "sktm-milik" });
        var publicVersions = await api.Tenant("ponorogo").PostAsync("{ service(code: \"sktm-milik\") { versions { version } } }");
        var otherTenant = await api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda")).PostAsync(Versions, new { code = "sktm-milik" });

        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        Assert.Single(publicVersions.Data.GetProperty("service").GetProperty("versions").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, otherTenant.Data.GetProperty("service").ValueKind);
    }
}
