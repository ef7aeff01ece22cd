using System.Net;

namespace Algoritma.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class TenantResolutionTests(ApiFactory api)
{
    private const string WhoAmI = "{ tenant { slug name regencyCode timeZone } }";

    [Fact]
    public async Task Route_names_the_tenant()
    {
        var response = await api.Tenant("samarinda").PostAsync(WhoAmI);

        var tenant = response.Data.GetProperty("tenant");
        Assert.Equal("samarinda", tenant.GetProperty("slug").GetString());
        Assert.Equal("64.72", tenant.GetProperty("regencyCode").GetString());
        Assert.Equal("Asia/Makassar", tenant.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Tenant_localhost_subdomain_names_the_tenant()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(WhoAmI)}");
        request.Headers.Host = "ponorogo.localhost";

        var response = await api.GraphQL().SendAsync(request);

        Assert.Equal("Asia/Jakarta", response.Data.GetProperty("tenant").GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Configured_host_names_the_tenant()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(WhoAmI)}");
        request.Headers.Host = "samarinda.algoritma.local";

        var response = await api.GraphQL().SendAsync(request);

        Assert.Equal("samarinda", response.Data.GetProperty("tenant").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task X_tenant_header_names_the_tenant()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(WhoAmI)}");
        request.Headers.Add("X-Tenant", "makassar");

        var response = await api.GraphQL().SendAsync(request);

        Assert.Equal("73.71", response.Data.GetProperty("tenant").GetProperty("regencyCode").GetString());
    }

    [Fact]
    public async Task Route_wins_over_header()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/t/samarinda/graphql?query={Uri.EscapeDataString(WhoAmI)}");
        request.Headers.Add("X-Tenant", "makassar");

        var response = await api.GraphQL().SendAsync(request);

        Assert.Equal("samarinda", response.Data.GetProperty("tenant").GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("/t/atlantis/graphql", null)]
    [InlineData("/graphql", "atlantis")]
    public async Task Unknown_tenant_is_404_not_found(string path, string? header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(new { query = WhoAmI }) };
        if (header is not null)
        {
            request.Headers.Add("X-Tenant", header);
        }

        var response = await api.GraphQL().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("NOT_FOUND", response.FirstErrorCode);
        Assert.Contains("atlantis", response.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Platform_scope_has_no_current_tenant()
    {
        var response = await api.GraphQL().PostAsync("{ tenant { slug } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("tenant").ValueKind);
    }

    [Fact]
    public async Task Tenant_fields_at_platform_scope_are_refused_with_tenant_required()
    {
        var response = await api.GraphQL().PostAsync("{ kecamatans { totalCount } }");

        Assert.Equal("TENANT_REQUIRED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Platform_fields_within_a_tenant_are_forbidden()
    {
        var response = await api.Tenant("samarinda").WithToken(await api.PlatformAdminAsync()).PostAsync("{ tenants { totalCount } }");

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }

    [Fact]
    public async Task Health_is_tenant_agnostic()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Add("X-Tenant", "atlantis");

        var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
