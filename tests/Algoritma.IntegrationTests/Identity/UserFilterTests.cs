using System.Text.Json;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>users(role, search): the Pengguna screen's filters.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserFilterTests(ApiFactory api)
{
    private const string Users = """
        query ($role: Role, $search: String) { users(role: $role, search: $search, first: 100) { totalCount nodes { userName displayName roles } } }
        """;

    private async Task<GraphQLClient> AdminAsync(string tenant = "samarinda") => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));

    private static JsonElement[] Nodes(GraphQLResponse response)
    {
        Assert.True(response.Errors.Count == 0, response.ToString());
        return [.. response.Data.GetProperty("users").GetProperty("nodes").EnumerateArray()];
    }

    [Fact]
    public async Task A_role_filter_lists_only_the_users_holding_it()
    {
        var admin = await AdminAsync();
        var officers = Nodes(await admin.PostAsync(Users, new { role = "OFFICER" }));
        var admins = Nodes(await admin.PostAsync(Users, new { role = "CITY_ADMIN" }));

        Assert.Contains(officers, u => u.GetProperty("userName").GetString() == "petugas.rawamakmur");
        Assert.All(officers, u => Assert.Contains("OFFICER", u.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));
        Assert.NotEmpty(admins);
        Assert.All(admins, u => Assert.Contains("CITY_ADMIN", u.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));
        Assert.DoesNotContain(admins, u => u.GetProperty("userName").GetString() == "petugas.rawamakmur");
    }

    [Fact]
    public async Task A_search_matches_user_name_or_display_name_in_any_case_and_its_wildcards_match_themselves()
    {
        var admin = await AdminAsync();
        var byName = Nodes(await admin.PostAsync(Users, new { search = "RAWAMAKMUR" }));
        var wildcard = Nodes(await admin.PostAsync(Users, new { search = "%" }));
        var both = Nodes(await admin.PostAsync(Users, new { search = "rawamakmur", role = "CITY_ADMIN" }));

        Assert.Contains(byName, u => u.GetProperty("userName").GetString() == "petugas.rawamakmur");
        Assert.All(byName, u => Assert.True(
            u.GetProperty("userName").GetString()!.Contains("rawamakmur", StringComparison.OrdinalIgnoreCase)
            || u.GetProperty("displayName").GetString()!.Contains("rawamakmur", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(wildcard);
        Assert.Empty(both);
    }

    [Fact]
    public async Task A_search_too_long_is_bad_user_input()
    {
        var response = await (await AdminAsync()).PostAsync(Users, new { search = new string('a', 201) });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Another_tenants_users_are_not_found_by_search()
    {
        var found = Nodes(await (await AdminAsync("makassar")).PostAsync(Users, new { search = "rawamakmur" }));

        Assert.Empty(found);
    }
}
