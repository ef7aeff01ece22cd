
namespace Algoritma.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class ClientAdministrationTests(ApiFactory api)
{
    private const string Register = """
        mutation ($input: RegisterClientInput!) { registerClient(input: $input) { client { clientId roles } secret errors { code path } } }
        """;

    private const string Rotate = "mutation ($id: String!) { rotateClientSecret(input: { clientId: $id }) { secret errors { code } } }";

    private async Task<GraphQLClient> AdminAsync(string tenant = "samarinda") => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));

    [Fact]
    public async Task A_registered_confidential_client_gets_tokens_and_a_rotated_secret_replaces_the_old_one()
    {
        var registered = await (await AdminAsync()).PostAsync(Register, new
        {
            input = new { clientId = "samarinda-dashboard", displayName = "Dasbor", confidential = true, roles = new[] { "PROGRAM_MANAGER" } },
        });
        var secret = registered.Data.GetProperty("registerClient").GetProperty("secret").GetString()!;
        var token = await api.ClientCredentialsAsync("samarinda-dashboard", secret);
        var me = await api.Tenant("samarinda").WithToken(token).PostAsync("{ me { roles tenant } }");
        Assert.Equal("""{"roles":["PROGRAM_MANAGER"],"tenant":"samarinda"}""", me.Data.GetProperty("me").GetRawText());

        var rotated = await (await AdminAsync()).PostAsync(Rotate, new { id = "samarinda-dashboard" });
        var newSecret = rotated.Data.GetProperty("rotateClientSecret").GetProperty("secret").GetString()!;

        var old = await api.TokenRequestAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "samarinda-dashboard", ["client_secret"] = secret });
        Assert.Equal("invalid_client", old.GetProperty("error").GetString());
        Assert.NotEmpty(await api.ClientCredentialsAsync("samarinda-dashboard", newSecret));
        var clients = await (await AdminAsync()).PostAsync("{ clients { clientId } }");
        Assert.Contains(clients.Data.GetProperty("clients").EnumerateArray(), c => c.GetProperty("clientId").GetString() == "samarinda-dashboard");
    }

    [Theory]
    [InlineData("samarinda-app", false, "not a uri", "INVALID_REDIRECT_URI", "redirectUris")]
    [InlineData("samarinda-app2", false, null, "REDIRECT_URI_REQUIRED", "redirectUris")]
    [InlineData("makassar-spoof", true, null, "INVALID_CLIENT_ID", "clientId")]
    [InlineData("samarinda-integration", true, null, "CLIENT_EXISTS", "clientId")]
    public async Task Invalid_clients_are_refused_precisely(string clientId, bool confidential, string? redirect, string code, string field)
    {
        var response = await (await AdminAsync()).PostAsync(Register, new
        {
            input = new { clientId, displayName = "X", confidential, redirectUris = redirect is null ? Array.Empty<string>() : [redirect] },
        });

        var error = response.Data.GetProperty("registerClient").GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal($"[\"input\",\"{field}\"]", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task Another_tenants_client_secret_cannot_be_rotated()
    {
        var response = await (await AdminAsync()).PostAsync(Rotate, new { id = "makassar-integration" });

        Assert.Equal("CLIENT_NOT_FOUND", response.Data.GetProperty("rotateClientSecret").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.NotEmpty(await api.CityAdminAsync("makassar"));
    }
}
