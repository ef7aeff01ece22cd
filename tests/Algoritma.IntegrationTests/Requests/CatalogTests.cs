using System.Text.Json;

namespace Algoritma.IntegrationTests.Requests;

[Collection(ApiCollection.Name)]
public sealed class CatalogTests(ApiFactory api)
{
    private readonly RequestScenario _scenario = new(api);

    private const string Publish = """
        mutation ($input: PublishServiceStandardInput!) { publishServiceStandard(input: $input) { service { currentVersion standard { version completionAmount fee } } errors { code path } } }
        """;

    private static object Standard(string code, int completionAmount, decimal fee = 0) => new
    {
        input = new
        {
            code, completionUnit = "WORKING_DAYS", completionAmount, fee, product = "Surat", complaintChannel = "SP4N-LAPOR!", legalBasis = "Perwali",
            procedure = new[] { "Ajukan", "Verifikasi", "Terbit" },
            requirements = new[] { new { code = "ktp", name = "KTP-el", required = true } },
        },
    };

    [Fact]
    public async Task Templates_clone_into_a_catalog_listed_by_unit_and_channel()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"iumk\" }) { errors { code } } }");

        var templates = await api.Tenant("samarinda").PostAsync("{ serviceTemplates { code level } }");
        var atKecamatan = await api.Tenant("samarinda").PostAsync("{ services(unit: \"64.72.01\", channel: ONLINE) { nodes { code level standard { requirements { code required } completionUnit completionAmount fee } } } }");
        var atKelurahan = await api.Tenant("samarinda").PostAsync("{ services(unit: \"64.72.01.1001\") { nodes { code } } }");

        Assert.Equal(6, templates.Data.GetProperty("serviceTemplates").GetArrayLength());
        var iumk = Assert.Single(atKecamatan.Data.GetProperty("services").GetProperty("nodes").EnumerateArray(), s => s.GetProperty("code").GetString() == "iumk");
        Assert.Equal("KECAMATAN", iumk.GetProperty("level").GetString());
        Assert.Equal(0m, iumk.GetProperty("standard").GetProperty("fee").GetDecimal());
        Assert.DoesNotContain(atKelurahan.Data.GetProperty("services").GetProperty("nodes").EnumerateArray(), s => s.GetProperty("code").GetString() == "iumk");
    }

    [Fact]
    public async Task A_units_catalog_pages_by_code_and_counts_every_page_the_one_past_the_end_too()
    {
        const string page = "query ($after: String) { services(unit: \"64.72.01.1001\", first: 1, after: $after) { totalCount nodes { code standard { version } } pageInfo { hasNextPage endCursor } } }";
        var codes = new List<string>();
        var totals = new HashSet<int>();
        string? after = null;
        JsonElement services;
        do
        {
            services = (await api.Tenant("samarinda").PostAsync(page, new { after })).Data.GetProperty("services");
            totals.Add(services.GetProperty("totalCount").GetInt32());
            codes.AddRange(services.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!));
            after = services.GetProperty("pageInfo").GetProperty("endCursor").GetString() ?? after;
        }
        while (services.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var pastTheEnd = (await api.Tenant("samarinda").PostAsync(page, new { after })).Data.GetProperty("services");

        Assert.True(codes.Count > 1);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal([codes.Count], totals);
        Assert.Empty(pastTheEnd.GetProperty("nodes").EnumerateArray());
        Assert.Equal(codes.Count, pastTheEnd.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_unknown_unit_offers_nothing()
    {
        var response = await api.Tenant("samarinda").PostAsync("{ services(unit: \"99.99.99\") { totalCount nodes { code } } }");

        Assert.Empty(response.Errors);
        Assert.Equal(0, response.Data.GetProperty("services").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_units_catalog_shows_each_services_current_standard()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"sktm\", code: \"sktm-katalog\" }) { errors { code } } }");
        await admin.PostAsync(Publish, Standard("sktm-katalog", 4));

        var listed = await api.Tenant("samarinda").PostAsync("{ services(unit: \"64.72.01.1001\", first: 100) { nodes { code currentVersion standard { version completionAmount } } } }");

        var service = Assert.Single(listed.Data.GetProperty("services").GetProperty("nodes").EnumerateArray(), s => s.GetProperty("code").GetString() == "sktm-katalog");
        Assert.Equal(2, service.GetProperty("currentVersion").GetInt32());
        Assert.Equal(2, service.GetProperty("standard").GetProperty("version").GetInt32());
        Assert.Equal(4, service.GetProperty("standard").GetProperty("completionAmount").GetInt32());
    }

    [Fact]
    public async Task A_new_standard_version_leaves_earlier_requests_on_theirs()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"domisili\", code: \"domisili-versi\" }) { errors { code } } }");
        var citizen = await _scenario.NewCitizenAsync();
        var before = (await RequestScenario.SubmitAsync(citizen, service: "domisili-versi")).GetProperty("request");

        var published = await admin.PostAsync(Publish, Standard("domisili-versi", 2));
        var request = await citizen.PostAsync("query ($id: ID!) { node(id: $id) { ... on ServiceRequest { serviceVersion standard { version completionAmount } service { currentVersion } } } }",
            new { id = before.GetProperty("id").GetString() });

        Assert.Equal(2, published.Data.GetProperty("publishServiceStandard").GetProperty("service").GetProperty("currentVersion").GetInt32());
        var node = request.Data.GetProperty("node");
        Assert.Equal(1, node.GetProperty("serviceVersion").GetInt32());
        Assert.Equal(1, node.GetProperty("standard").GetProperty("completionAmount").GetInt32());
        Assert.Equal(2, node.GetProperty("service").GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task A_catalog_change_shows_in_the_very_next_catalog_read()
    {
        const string List = "{ services(unit: \"64.72.01.1001\", first: 100) { nodes { code currentVersion } } }";
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"sktm\", code: \"sktm-segera\" }) { errors { code } } }");
        var cloned = await api.Tenant("samarinda").PostAsync(List);

        await admin.PostAsync(Publish, Standard("sktm-segera", 3));
        var published = await api.Tenant("samarinda").PostAsync(List);
        await admin.PostAsync("mutation { offerService(input: { code: \"sktm-segera\", unitCodes: [\"64.72.01.1002\"], channels: [ONLINE] }) { errors { code } } }");
        var offeredElsewhere = await api.Tenant("samarinda").PostAsync(List);

        Assert.Equal(1, VersionListed(cloned));
        Assert.Equal(2, VersionListed(published));
        Assert.Null(VersionListed(offeredElsewhere));
    }

    private static int? VersionListed(GraphQLResponse listed) =>
        listed.Data.GetProperty("services").GetProperty("nodes").EnumerateArray()
            .Where(s => s.GetProperty("code").GetString() == "sktm-segera")
            .Select(s => (int?)s.GetProperty("currentVersion").GetInt32())
            .SingleOrDefault();

    [Fact]
    public async Task A_catalog_change_applies_to_the_very_next_submission()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"domisili\", code: \"domisili-segera\" }) { errors { code } } }");
        var citizen = await _scenario.NewCitizenAsync();
        var first = await RequestScenario.SubmitAsync(citizen, service: "domisili-segera");

        await admin.PostAsync(Publish, Standard("domisili-segera", 2));
        var onTheNewStandard = await RequestScenario.SubmitAsync(citizen, documents: ["ktp"], service: "domisili-segera");
        var withTheOldDocuments = await RequestScenario.SubmitAsync(citizen, service: "domisili-segera");
        await admin.PostAsync("mutation { offerService(input: { code: \"domisili-segera\", unitCodes: [\"64.72.01.1001\"], channels: [COUNTER] }) { errors { code } } }");
        var onlineAfterwards = await RequestScenario.SubmitAsync(citizen, documents: ["ktp"], service: "domisili-segera");

        Assert.Equal(1, first.GetProperty("request").GetProperty("serviceVersion").GetInt32());
        Assert.Equal(2, onTheNewStandard.GetProperty("request").GetProperty("serviceVersion").GetInt32());
        Assert.Equal(["UNKNOWN_DOCUMENT", "UNKNOWN_DOCUMENT"], withTheOldDocuments.ErrorCodes());
        Assert.Equal(["NOT_OFFERED_THROUGH_CHANNEL"], onlineAfterwards.ErrorCodes());
    }

    [Fact]
    public async Task Bad_catalog_changes_are_refused_precisely()
    {
        await _scenario.EnsureDomisiliAsync();
        var admin = await _scenario.AdminAsync();

        var unknownTemplate = await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"paspor\" }) { errors { code path } } }");
        var badStandard = await admin.PostAsync(Publish, Standard("domisili", 0, -5));
        var badUnit = await admin.PostAsync("mutation { offerService(input: { code: \"domisili\", unitCodes: [\"64.72.01\", \"73.71.01.1001\"], channels: [ONLINE] }) { errors { code } } }");
        var officer = await _scenario.OfficerAsync();
        var notAdmin = await officer.PostAsync("mutation { cloneServiceTemplate(input: { template: \"sktm\", code: \"sktm-officer\" }) { errors { code } } }");

        Assert.Equal("UNKNOWN_TEMPLATE", unknownTemplate.Data.GetProperty("cloneServiceTemplate").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(2, badStandard.Data.GetProperty("publishServiceStandard").GetProperty("errors").GetArrayLength());
        Assert.Equal(2, badUnit.Data.GetProperty("offerService").GetProperty("errors").GetArrayLength());
        Assert.Equal("FORBIDDEN", notAdmin.FirstErrorCode);
    }

    [Fact]
    public async Task Another_tenants_catalog_is_invisible()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"sktm\", code: \"sktm-samarinda-saja\" }) { errors { code } } }");

        var makassar = await api.Tenant("makassar").PostAsync("{ services(first: 100) { nodes { code } } service(code: \"sktm-samarinda-saja\") { code } }");
        var publish = await api.Tenant("makassar").WithToken(await api.CityAdminAsync("makassar")).PostAsync(
            "mutation { offerService(input: { code: \"sktm-samarinda-saja\", unitCodes: [], channels: [ONLINE] }) { errors { code } } }");

        Assert.DoesNotContain(makassar.Data.GetProperty("services").GetProperty("nodes").EnumerateArray(), s => s.GetProperty("code").GetString() == "sktm-samarinda-saja");
        Assert.Equal(JsonValueKind.Null, makassar.Data.GetProperty("service").ValueKind);
        Assert.Equal("SERVICE_NOT_FOUND", publish.Data.GetProperty("offerService").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Tenants_config_seeds_each_city_catalog_once()
    {
        var makassar = await api.Tenant("makassar").PostAsync("{ services(first: 100) { nodes { code } } }");

        var codes = makassar.Data.GetProperty("services").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        Assert.Equal(["domisili", "iumk", "pengantar-ktp-kk", "pengantar-skck", "pindah-datang", "sktm"], codes);
    }
}
