using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Algoritma.IntegrationTests.Browser;

/// <summary>GraphiQL on a GraphQL route's GET when the browser prefers HTML; GraphQL clients' GETs are untouched.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphiQLTests(ApiFactory api)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/t/samarinda/graphql")]
    public async Task A_browser_gets_graphiql_from_the_platform_when_the_setting_is_on(string path)
    {
        using var host = WithGraphiQL(true);
        using var response = await GetAsync(host.CreateClient(), path, BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/graphiql/graphiql.min.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_assets_are_served_and_nothing_outside_their_folder()
    {
        using var host = WithGraphiQL(true);
        var client = host.CreateClient();

        using var script = await GetAsync(client, "/graphiql/graphiql.js", "*/*");
        using var escape = await GetAsync(client, "/graphiql/..%2Fappsettings.json", "*/*");
        using var other = await GetAsync(client, "/graphiql/package.json", "*/*");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("text/html, application/json")]
    public async Task A_graphql_clients_get_stays_graphql_over_http(string accept)
    {
        using var host = WithGraphiQL(true);
        using var response = await GetAsync(host.CreateClient(), "/t/samarinda/graphql?query=%7B__typename%7D", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_tenants_route_is_404_for_a_browser_too()
    {
        using var host = WithGraphiQL(true);
        using var response = await GetAsync(host.CreateClient(), "/t/atlantis/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Off_by_default_outside_development()
    {
        using var response = await GetAsync(api.CreateClient(), "/t/samarinda/graphql", BrowserAccept);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private WebApplicationFactory<Program> WithGraphiQL(bool on) =>
        api.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:GraphiQL", on ? "true" : "false"));

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }
}
