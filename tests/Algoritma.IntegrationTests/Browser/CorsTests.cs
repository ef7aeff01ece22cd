using System.Net;

namespace Algoritma.IntegrationTests.Browser;

/// <summary>CORS per tenant: the origins of a tenant's clients' redirect URIs and its configured list, nobody else's.</summary>
[Collection(ApiCollection.Name)]
public sealed class CorsTests(ApiFactory api)
{
    private const string Portal = "http://localhost:5173";      // samarinda-portal's redirect origin
    private const string MakassarSite = "http://localhost:5273"; // makassar.yaml's origins:
    private const string Stranger = "http://localhost:5999";

    [Theory]
    [InlineData("/t/samarinda/graphql")]
    [InlineData("/connect/token")]
    [InlineData("/connect/userinfo")]
    [InlineData("/connect/revoke")]
    [InlineData("/connect/endsession")]
    [InlineData("/.well-known/openid-configuration")]
    public async Task A_preflight_from_a_registered_client_origin_is_allowed_with_authorization_and_content_type(string path)
    {
        using var response = await PreflightAsync(path, Portal);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Portal, AllowOrigin(response));
        var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", headers, StringComparison.Ordinal);
        Assert.Contains("content-type", headers, StringComparison.Ordinal);
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/t/samarinda/graphql")]
    [InlineData("/graphql")]
    [InlineData("/connect/token")]
    [InlineData("/.well-known/openid-configuration")]
    public async Task An_origin_nobody_registered_gets_no_allow_origin(string path)
    {
        using var preflight = await PreflightAsync(path, Stranger);
        Assert.Null(AllowOrigin(preflight));

        using var actual = await PostQueryAsync(path, Stranger);
        Assert.Null(AllowOrigin(actual));
        Assert.Contains("Origin", actual.Headers.Vary); // no cache may hand this answer to an allowed origin
    }

    [Fact]
    public async Task A_tenants_origin_is_not_allowed_on_another_tenants_route()
    {
        using (var samarindaOnMakassar = await PreflightAsync("/t/makassar/graphql", Portal))
        {
            Assert.Null(AllowOrigin(samarindaOnMakassar));
        }

        using (var makassarOnSamarinda = await PreflightAsync("/t/samarinda/graphql", MakassarSite))
        {
            Assert.Null(AllowOrigin(makassarOnSamarinda));
        }

        using var makassarOnMakassar = await PreflightAsync("/t/makassar/graphql", MakassarSite);
        Assert.Equal(MakassarSite, AllowOrigin(makassarOnMakassar));

        using var portalOnPlatform = await PreflightAsync("/graphql", Portal);
        Assert.Null(AllowOrigin(portalOnPlatform));
    }

    [Fact]
    public async Task An_actual_graphql_response_to_an_allowed_origin_carries_its_allow_origin()
    {
        using var response = await PostQueryAsync("/t/samarinda/graphql", Portal);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Portal, AllowOrigin(response));
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task The_discovery_document_is_readable_from_an_allowed_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Add("Origin", Portal);
        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Portal, AllowOrigin(response));
    }

    [Fact]
    public async Task A_city_admin_sets_the_tenants_origins_and_they_are_allowed_at_once_and_audited()
    {
        const string Site = "https://layanan.ponorogo.example";
        using (var before = await PreflightAsync("/t/ponorogo/graphql", Site))
        {
            Assert.Null(AllowOrigin(before));
        }

        var admin = api.Tenant("ponorogo").WithToken(await api.CityAdminAsync("ponorogo"));
        try
        {
            var set = await admin.PostAsync(SetOrigins, new { origins = new[] { "HTTPS://Layanan.Ponorogo.example/" } });

            var payload = set.Data.GetProperty("setAllowedOrigins");
            Assert.Empty(payload.ErrorCodes());
            Assert.Equal(Site, payload.GetProperty("origins")[0].GetString());
            using (var after = await PreflightAsync("/t/ponorogo/graphql", Site))
            {
                Assert.Equal(Site, AllowOrigin(after));
            }

            var listed = await admin.PostAsync("{ allowedOrigins }");
            Assert.Contains(listed.Data.GetProperty("allowedOrigins").EnumerateArray(), o => o.GetString() == Site);
            var audit = await admin.PostAsync("{ auditLog(first: 100) { nodes { action } } }");
            Assert.Contains(audit.Data.GetProperty("auditLog").GetProperty("nodes").EnumerateArray(),
                e => e.GetProperty("action").GetString() == "cors.origins_set");
        }
        finally
        {
            // an empty list leaves the settings as ponorogo.yaml has them (other tests re-apply tenants-config)
            await admin.PostAsync(SetOrigins, new { origins = Array.Empty<string>() });
        }

        using var cleared = await PreflightAsync("/t/ponorogo/graphql", Site);
        Assert.Null(AllowOrigin(cleared));
    }

    [Theory]
    [InlineData("https://site.example/path")]
    [InlineData("*")]
    [InlineData("null")]
    [InlineData("ftp://site.example")]
    [InlineData("https://user@site.example")]
    [InlineData("https://site.example?x=1")]
    public async Task An_origin_with_a_path_or_another_scheme_is_refused_before_any_write(string origin)
    {
        var admin = api.Tenant("ponorogo").WithToken(await api.CityAdminAsync("ponorogo"));

        var set = await admin.PostAsync(SetOrigins, new { origins = new[] { "https://fine.example", origin } });

        var payload = set.Data.GetProperty("setAllowedOrigins");
        Assert.Equal(["INVALID_ORIGIN"], payload.ErrorCodes());
        using var preflight = await PreflightAsync("/t/ponorogo/graphql", "https://fine.example");
        Assert.Null(AllowOrigin(preflight));
    }

    [Fact]
    public async Task Too_many_or_too_long_origins_are_refused()
    {
        var admin = api.Tenant("ponorogo").WithToken(await api.CityAdminAsync("ponorogo"));

        var many = await admin.PostAsync(SetOrigins, new { origins = Enumerable.Range(0, 51).Select(i => $"https://s{i}.example").ToArray() });
        var endless = await admin.PostAsync(SetOrigins, new { origins = new[] { "https://" + new string('a', 300) + ".example" } });

        Assert.Equal(["TOO_MANY"], many.Data.GetProperty("setAllowedOrigins").ErrorCodes());
        Assert.Equal(["TOO_LONG"], endless.Data.GetProperty("setAllowedOrigins").ErrorCodes());
    }

    [Fact]
    public async Task Only_a_city_admin_sets_origins()
    {
        var anonymous = await api.Tenant("ponorogo").PostAsync(SetOrigins, new { origins = new[] { "https://x.example" } });

        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
    }

    private const string SetOrigins = "mutation ($origins: [String!]!) { setAllowedOrigins(input: { origins: $origins }) { origins errors { code } } }";

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await api.CreateClient().SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostQueryAsync(string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return await api.CreateClient().SendAsync(request);
    }

    private static string? AllowOrigin(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
}
