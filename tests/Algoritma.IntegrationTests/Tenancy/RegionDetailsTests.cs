using Algoritma.Platform.Features.Regions;

namespace Algoritma.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class RegionDetailsTests(ApiFactory api)
{
    private const string Update = """
        mutation ($input: UpdateRegionDetailsInput!) {
          updateRegionDetails(input: $input) { region { code address officerCount } errors { code message path } }
        }
        """;

    [Fact]
    public async Task Local_details_are_saved_and_survive_a_reimport()
    {
        var response = await (await AdminOf("ponorogo")).PostAsync(Update,
            new { input = new { code = "35.02.01", address = "Jl. Raya Ngrayun 1", officerCount = 12 } });
        Assert.Empty(response.Data.GetProperty("updateRegionDetails").GetProperty("errors").EnumerateArray());

        var reimport = await api.InTenantAsync<OfficialRegionImport, RegionImportResult>("ponorogo",
            import => import.ImportAsync("35.02", CancellationToken.None));
        var after = await api.Tenant("ponorogo").PostAsync("{ region(code: \"35.02.01\") { address officerCount } }");

        Assert.Equal(0, reimport.Changed);
        Assert.Equal("Jl. Raya Ngrayun 1", after.Data.GetProperty("region").GetProperty("address").GetString());
        Assert.Equal(12, after.Data.GetProperty("region").GetProperty("officerCount").GetInt32());
    }

    [Fact]
    public async Task Another_tenants_region_cannot_be_changed()
    {
        var response = await (await AdminOf("samarinda")).PostAsync(Update,
            new { input = new { code = "73.71.01", address = "hijacked" } });
        var makassar = await api.Tenant("makassar").PostAsync("{ region(code: \"73.71.01\") { address } }");

        var error = response.Data.GetProperty("updateRegionDetails").GetProperty("errors")[0];
        Assert.Equal("REGION_NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal("""["input","code"]""", error.GetProperty("path").GetRawText());
        Assert.NotEqual("hijacked", makassar.Data.GetProperty("region").GetProperty("address").GetString());
    }

    [Fact]
    public async Task Anonymous_callers_cannot_change_details()
    {
        var response = await api.Tenant("samarinda").PostAsync(Update, new { input = new { code = "64.72.02", address = "anonymous" } });

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task An_officer_acts_within_its_unit_scope_only()
    {
        var officer = api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!);

        var own = await officer.PostAsync(Update, new { input = new { code = "64.72.01.1001", headName = "Ibu Lurah" } });
        var neighbour = await officer.PostAsync(Update, new { input = new { code = "64.72.01.1002", headName = "hijacked" } });
        var kecamatan = await officer.PostAsync(Update, new { input = new { code = "64.72.01", headName = "hijacked" } });

        Assert.Empty(own.Data.GetProperty("updateRegionDetails").GetProperty("errors").EnumerateArray());
        Assert.Equal("OUT_OF_SCOPE", neighbour.Data.GetProperty("updateRegionDetails").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("OUT_OF_SCOPE", kecamatan.Data.GetProperty("updateRegionDetails").GetProperty("errors")[0].GetProperty("code").GetString());
        var after = await api.Tenant("samarinda").PostAsync("{ region(code: \"64.72.01.1002\") { headName } }");
        Assert.NotEqual("hijacked", after.Data.GetProperty("region").GetProperty("headName").GetString());
    }

    [Fact]
    public async Task The_regions_tree_shows_a_details_update_at_once_and_only_the_tenants_own_units()
    {
        const string tree = "{ kecamatans(first: 100) { nodes { code headName villages(first: 100) { nodes { code headName } } } } }";
        await api.Tenant("samarinda").PostAsync(tree); // the tree is now cached
        var head = $"Lurah {Guid.NewGuid():N}"[..20];

        var update = await (await AdminOf("samarinda")).PostAsync(Update, new { input = new { code = "64.72.01.1003", headName = head } });
        var samarinda = await api.Tenant("samarinda").PostAsync(tree);
        var makassar = await api.Tenant("makassar").PostAsync(tree);

        Assert.Empty(update.Data.GetProperty("updateRegionDetails").GetProperty("errors").EnumerateArray());
        var kecamatans = samarinda.Data.GetProperty("kecamatans").GetProperty("nodes").EnumerateArray().ToList();
        var villages = kecamatans.SelectMany(k => k.GetProperty("villages").GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal(head, villages.Single(v => v.GetProperty("code").GetString() == "64.72.01.1003").GetProperty("headName").GetString());
        Assert.All(kecamatans, k => Assert.StartsWith("64.72.", k.GetProperty("code").GetString(), StringComparison.Ordinal));
        Assert.All(villages, v => Assert.StartsWith("64.72.", v.GetProperty("code").GetString(), StringComparison.Ordinal));
        Assert.All(makassar.Data.GetProperty("kecamatans").GetProperty("nodes").EnumerateArray(),
            k => Assert.StartsWith("73.71.", k.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    private async Task<GraphQLClient> AdminOf(string tenant) => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));

    [Fact]
    public async Task Invalid_details_are_refused_and_nothing_is_written()
    {
        var response = await (await AdminOf("samarinda")).PostAsync(Update,
            new { input = new { code = "64.72.02", address = "should not land", officerCount = -3 } });
        var region = await api.Tenant("samarinda").PostAsync("{ region(code: \"64.72.02\") { address } }");

        Assert.Equal("OUT_OF_RANGE", response.Data.GetProperty("updateRegionDetails").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.NotEqual("should not land", region.Data.GetProperty("region").GetProperty("address").GetString());
    }
}
