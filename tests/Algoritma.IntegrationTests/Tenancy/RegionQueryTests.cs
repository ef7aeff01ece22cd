using System.Text.Json;

namespace Algoritma.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class RegionQueryTests(ApiFactory api)
{
    private const string AllKecamatan =
        "{ kecamatans(first: 50) { totalCount nodes { id code name kind villages(first: 100) { totalCount nodes { id code name kind } } } } }";

    [Fact]
    public async Task Samarinda_has_10_kecamatan_whose_villages_add_up_to_59_kelurahan()
    {
        var response = await api.Tenant("samarinda").PostAsync(AllKecamatan);

        Assert.Empty(response.Errors);
        var kecamatans = response.Data.GetProperty("kecamatans");
        Assert.Equal(10, kecamatans.GetProperty("totalCount").GetInt32());
        var villages = kecamatans.GetProperty("nodes").EnumerateArray()
            .SelectMany(k => k.GetProperty("villages").GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal(59, villages.Count);
        Assert.All(villages, v => Assert.Equal("KELURAHAN", v.GetProperty("kind").GetString()));
        Assert.Equal(59, kecamatans.GetProperty("nodes").EnumerateArray().Sum(k => k.GetProperty("villages").GetProperty("totalCount").GetInt32()));
    }

    [Fact]
    public async Task Ponorogo_tells_kelurahan_and_desa_apart()
    {
        var response = await api.Tenant("ponorogo").PostAsync(AllKecamatan);

        var kinds = response.Data.GetProperty("kecamatans").GetProperty("nodes").EnumerateArray()
            .SelectMany(k => k.GetProperty("villages").GetProperty("nodes").EnumerateArray())
            .GroupBy(v => v.GetProperty("kind").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(26, kinds["KELURAHAN"]);
        Assert.Equal(281, kinds["DESA"]);
    }

    [Fact]
    public async Task Kecamatan_pages_follow_their_cursors_without_gaps_or_repeats()
    {
        var codes = new List<string>();
        string? after = null;
        bool hasNext;
        do
        {
            var response = await api.Tenant("samarinda").PostAsync(
                "query ($after: String) { kecamatans(first: 3, after: $after) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }",
                new { after });
            var connection = response.Data.GetProperty("kecamatans");
            codes.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()!));
            hasNext = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (hasNext);

        Assert.Equal(10, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(10, codes.Distinct().Count());
    }

    [Fact]
    public async Task Page_size_over_the_cap_is_bad_user_input()
    {
        var response = await api.Tenant("samarinda").PostAsync("{ kecamatans(first: 101) { totalCount } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_foreign_cursor_is_bad_user_input()
    {
        var response = await api.Tenant("samarinda").PostAsync("{ kecamatans(after: \"%%%\") { totalCount } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Region_by_code_and_node_by_id_find_the_same_unit()
    {
        var byCode = await api.Tenant("samarinda").PostAsync(
            "{ region(code: \"64.72.01.1001\") { id code name kind ... on Village { kecamatan { code } } } }");
        var region = byCode.Data.GetProperty("region");
        Assert.Equal("64.72.01", region.GetProperty("kecamatan").GetProperty("code").GetString());

        var byId = await api.Tenant("samarinda").PostAsync(
            "query ($id: ID!) { node(id: $id) { id ... on Village { code } } }", new { id = region.GetProperty("id").GetString() });

        Assert.Equal("64.72.01.1001", byId.Data.GetProperty("node").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Another_tenants_region_is_invisible_by_code_by_node_id_and_by_list()
    {
        var makassar = await api.Tenant("makassar").PostAsync("{ kecamatans(first: 1) { nodes { id code } } }");
        var foreign = makassar.Data.GetProperty("kecamatans").GetProperty("nodes")[0];

        var byCode = await api.Tenant("samarinda").PostAsync(
            "query ($code: String!) { region(code: $code) { code } }", new { code = foreign.GetProperty("code").GetString() });
        var byNode = await api.Tenant("samarinda").PostAsync(
            "query ($id: ID!) { node(id: $id) { id } }", new { id = foreign.GetProperty("id").GetString() });
        var list = await api.Tenant("samarinda").PostAsync("{ kecamatans(first: 100) { nodes { code } } }");

        Assert.Equal(JsonValueKind.Null, byCode.Data.GetProperty("region").ValueKind);
        Assert.Equal(JsonValueKind.Null, byNode.Data.GetProperty("node").ValueKind);
        Assert.All(list.Data.GetProperty("kecamatans").GetProperty("nodes").EnumerateArray(),
            k => Assert.StartsWith("64.72.", k.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_node_id_with_another_tenant_forged_inside_resolves_to_nothing()
    {
        var forged = Algoritma.GraphQL.Server.Relay.GlobalId.Encode("Kecamatan", "makassar:64.72.01");

        var response = await api.Tenant("samarinda").PostAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = forged });

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Tenant_node_of_another_tenant_is_null()
    {
        var id = Algoritma.GraphQL.Server.Relay.GlobalId.Encode("Tenant", "makassar");

        var fromSamarinda = await api.Tenant("samarinda").PostAsync("query ($id: ID!) { node(id: $id) { id } tenant(id: $id) { slug } }", new { id });

        Assert.Equal(JsonValueKind.Null, fromSamarinda.Data.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, fromSamarinda.Data.GetProperty("tenant").ValueKind);
    }

    [Fact]
    public async Task Kecamatan_page_backward_from_the_end_and_from_a_cursor()
    {
        var all = await api.Tenant("samarinda").PostAsync("{ kecamatans(first: 100) { nodes { code } } }");
        var codes = all.Data.GetProperty("kecamatans").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToList();

        var last = (await api.Tenant("samarinda").PostAsync("{ kecamatans(last: 3) { nodes { code } pageInfo { hasPreviousPage hasNextPage startCursor } } }"))
            .Data.GetProperty("kecamatans");
        var before = (await api.Tenant("samarinda").PostAsync("query ($before: String) { kecamatans(last: 2, before: $before) { nodes { code } pageInfo { hasPreviousPage hasNextPage } } }",
            new { before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).Data.GetProperty("kecamatans");

        Assert.Equal(codes[^3..], last.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(codes[^5..^3], before.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.True(before.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
