using System.Text.Json;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>Client type and redirect URIs, and setClientRedirectUris: the Klien screen's editor.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClientRedirectUriTests(ApiFactory api)
{
    private const string Register = """
        mutation ($input: RegisterClientInput!) { registerClient(input: $input) { errors { code } } }
        """;

    private const string Set = """
        mutation ($input: SetClientRedirectUrisInput!) {
          setClientRedirectUris(input: $input) { client { clientId type redirectUris postLogoutRedirectUris } errors { code path } }
        }
        """;

    private async Task<GraphQLClient> AdminAsync(string tenant = "samarinda") => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));

    private async Task<string> NewPublicClientAsync()
    {
        var clientId = $"samarinda-web{Guid.NewGuid():N}"[..30];
        var registered = await (await AdminAsync()).PostAsync(Register, new
        {
            input = new { clientId, displayName = "Web", confidential = false, redirectUris = new[] { "https://web.example.id/cb" }, postLogoutRedirectUris = new[] { "https://web.example.id/" } },
        });
        Assert.Empty(registered.Data.GetProperty("registerClient").GetProperty("errors").EnumerateArray());
        return clientId;
    }

    private static JsonElement Payload(GraphQLResponse response)
    {
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data.GetProperty("setClientRedirectUris");
    }

    [Fact]
    public async Task Clients_show_their_type_and_redirect_uris()
    {
        var clientId = await NewPublicClientAsync();
        var clients = await (await AdminAsync()).PostAsync("{ clients { clientId type redirectUris postLogoutRedirectUris } }");

        var client = clients.Data.GetProperty("clients").EnumerateArray().Single(c => c.GetProperty("clientId").GetString() == clientId);
        Assert.Equal("PUBLIC", client.GetProperty("type").GetString());
        Assert.Equal("""["https://web.example.id/cb"]""", client.GetProperty("redirectUris").GetRawText());
        Assert.Equal("""["https://web.example.id/"]""", client.GetProperty("postLogoutRedirectUris").GetRawText());
        Assert.Contains(clients.Data.GetProperty("clients").EnumerateArray(),
            c => c.GetProperty("clientId").GetString() == "samarinda-integration" && c.GetProperty("type").GetString() == "CONFIDENTIAL");
    }

    [Fact]
    public async Task The_staff_consoles_client_refuses_stored_redirect_uris()
    {
        var set = Payload(await (await AdminAsync()).PostAsync(Set, new { input = new { clientId = "samarinda-console", redirectUris = new[] { "https://elsewhere.example.id/cb" } } }));

        Assert.Equal(JsonValueKind.Null, set.GetProperty("client").ValueKind);
        Assert.Equal("CONSOLE_CLIENT", set.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Setting_redirect_uris_replaces_them_moves_the_allowed_origins_and_is_audited()
    {
        var clientId = await NewPublicClientAsync();
        var admin = await AdminAsync();

        var set = Payload(await admin.PostAsync(Set, new { input = new { clientId, redirectUris = new[] { "https://baru.example.id/cb", "https://web.example.id/cb2" } } }));

        Assert.Empty(set.GetProperty("errors").EnumerateArray());
        Assert.Equal("""["https://baru.example.id/cb","https://web.example.id/cb2"]""", set.GetProperty("client").GetProperty("redirectUris").GetRawText());
        Assert.Equal("""["https://web.example.id/"]""", set.GetProperty("client").GetProperty("postLogoutRedirectUris").GetRawText());
        var origins = await admin.PostAsync("{ allowedOrigins }");
        Assert.True(origins.Errors.Count == 0, origins.ToString());
        Assert.Contains("https://baru.example.id", origins.Data.GetProperty("allowedOrigins").EnumerateArray().Select(o => o.GetString()));
        var audit = await admin.PostAsync("{ auditLog(action: \"client.redirect_uris_set\", order: NEWEST_FIRST, first: 20) { nodes { target } } }");
        Assert.Contains(audit.Data.GetProperty("auditLog").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("target").GetString() == clientId);
    }

    [Theory]
    [InlineData("not a uri", "INVALID_REDIRECT_URI")]
    [InlineData("https://web.example.id/cb#frag", "INVALID_REDIRECT_URI")]
    [InlineData(null, "REDIRECT_URI_REQUIRED")]
    public async Task Invalid_redirect_uris_are_refused_and_nothing_changes(string? uri, string code)
    {
        var clientId = await NewPublicClientAsync();
        var admin = await AdminAsync();

        var set = Payload(await admin.PostAsync(Set, new { input = new { clientId, redirectUris = uri is null ? Array.Empty<string>() : [uri] } }));
        var clients = await admin.PostAsync("{ clients { clientId redirectUris } }");

        Assert.Equal([code], set.ErrorCodes());
        Assert.Equal("""["input","redirectUris"]""", set.GetProperty("errors")[0].GetProperty("path").GetRawText());
        Assert.Equal("""["https://web.example.id/cb"]""", clients.Data.GetProperty("clients").EnumerateArray()
            .Single(c => c.GetProperty("clientId").GetString() == clientId).GetProperty("redirectUris").GetRawText());
    }

    [Fact]
    public async Task Too_many_redirect_uris_are_refused_before_anything_is_read()
    {
        var set = Payload(await (await AdminAsync()).PostAsync(Set, new
        {
            input = new { clientId = "samarinda-integration", redirectUris = Enumerable.Range(0, 51).Select(i => $"https://x.example.id/{i}").ToArray() },
        }));

        Assert.Equal(["TOO_MANY"], set.ErrorCodes());
    }

    [Fact]
    public async Task Another_tenants_client_cannot_be_changed()
    {
        var set = Payload(await (await AdminAsync()).PostAsync(Set, new { input = new { clientId = "makassar-integration", redirectUris = new[] { "https://evil.example.id/cb" } } }));

        Assert.Equal(["CLIENT_NOT_FOUND"], set.ErrorCodes());
    }

    [Fact]
    public async Task An_officer_may_not_set_redirect_uris()
    {
        var officer = api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!);

        var response = await officer.PostAsync(Set, new { input = new { clientId = "samarinda-integration", redirectUris = new[] { "https://evil.example.id/cb" } } });

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }
}
