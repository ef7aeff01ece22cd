using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Algoritma.Platform.Features.StaffConsole;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.StaffConsole;

/// <summary>The host serves the console's build: its files, its page with the tenant's configuration, and the refusals.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class ConsoleServingTests(ConsoleApiFactory api)
{
    private HttpClient Browser() => api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpResponseMessage> GetAsync(string path, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await Browser().SendAsync(request);
    }

    private static async Task<(JsonElement Config, string Base, string Html)> PageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var script = ConfigScript().Match(html);
        Assert.True(script.Success, html);
        return (JsonDocument.Parse(script.Groups[1].Value).RootElement.Clone(), BaseHref().Match(html).Groups[1].Value, html);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(ConsoleSecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_hashed_asset_is_served_as_it_is_and_cached_for_good()
    {
        using var response = await GetAsync($"/t/samarinda/console/{ConsoleApiFactory.Asset}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ConsoleApiFactory.AssetText, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Another_file_of_the_build_is_served_but_revalidated()
    {
        using var response = await GetAsync("/console/favicon.svg", host: "samarinda.localhost");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_client_side_route_gets_the_page_with_the_tenants_configuration()
    {
        using var response = await GetAsync("/t/samarinda/console/wilayah/64.72.01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        AssertSecurityHeaders(response);
        var (config, baseHref, html) = await PageAsync(response);
        Assert.Equal("/t/samarinda/console/", baseHref);
        Assert.DoesNotContain(ConsolePage.Marker, html, StringComparison.Ordinal);
        Assert.Equal(
            """{"tenant":"samarinda","tenantName":"Kota Samarinda","timeZone":"Asia/Makassar","locale":"id-ID","base":"/t/samarinda/console/","graphql":"/t/samarinda/graphql","authority":"http://localhost","clientId":"samarinda-console"}""",
            config.GetRawText());
    }

    [Fact]
    public async Task The_console_root_and_index_html_are_the_configured_page_too()
    {
        foreach (var path in new[] { "/t/makassar/console/", "/t/makassar/console/index.html" })
        {
            using var response = await GetAsync(path);

            var (config, _, _) = await PageAsync(response);
            Assert.Equal("makassar-console", config.GetProperty("clientId").GetString());
        }
    }

    [Theory]
    [InlineData("samarinda.localhost")]
    [InlineData("samarinda.algoritma.local")]
    public async Task On_the_tenants_own_host_the_console_lives_at_slash_console(string host)
    {
        using var response = await GetAsync("/console/kampanye", host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
        var (config, baseHref, _) = await PageAsync(response);
        Assert.Equal("/console/", baseHref);
        Assert.Equal("samarinda", config.GetProperty("tenant").GetString());
        Assert.Equal("/console/", config.GetProperty("base").GetString());
        Assert.Equal("/graphql", config.GetProperty("graphql").GetString());
        Assert.Equal($"http://{host}", config.GetProperty("authority").GetString());
    }

    [Fact]
    public async Task Slash_console_with_an_X_Tenant_header_on_a_platform_address_is_not_found()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/console/");
        request.Headers.Add("X-Tenant", "samarinda");
        using var byHeader = await Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, byHeader.StatusCode);
        Assert.DoesNotContain("samarinda", await byHeader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/console/")]
    [InlineData("/console/tenants/new")]
    public async Task Slash_console_on_an_address_no_tenant_claims_is_the_platform_console(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
        var (config, baseHref, _) = await PageAsync(response);
        Assert.Equal("/console/", baseHref);
        Assert.Equal(
            """{"tenant":null,"tenantName":"Konsol Platform","timeZone":"Asia/Jakarta","locale":"id-ID","base":"/console/","graphql":"/graphql","authority":"http://localhost","clientId":"platform-console"}""",
            config.GetRawText());
    }

    [Theory]
    [InlineData("/t/samarinda/console", null, "/t/samarinda/console/")]
    [InlineData("/t/samarinda/console?x=1", null, "/t/samarinda/console/?x=1")]
    [InlineData("/console", "samarinda.localhost", "/console/")]
    public async Task The_console_without_its_slash_moves_to_the_slash_form(string path, string? host, string location)
    {
        using var response = await GetAsync(path, host);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_and_a_disabled_tenant_get_the_same_not_found()
    {
        await api.WithServiceAsync<IServiceProvider, int>(async services =>
        {
            var db = services.GetRequiredService<PlatformDbContext>();
            if (await db.Tenants.FindAsync("tutup") is null)
            {
                db.Tenants.Add(new Tenant { Id = "tutup", Name = "Kota Tutup", RegencyCode = "99.98", TimeZone = "Asia/Jakarta", Source = "runtime", Enabled = false });
                await db.SaveChangesAsync();
            }

            services.GetRequiredService<TenantCache>().Invalidate();
            return 0;
        });

        using var unknown = await GetAsync("/t/tidakada/console/");
        using var disabled = await GetAsync("/t/tutup/console/");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disabled.StatusCode);
        AssertSecurityHeaders(disabled);
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        var disabledBody = await disabled.Content.ReadAsStringAsync();
        Assert.Equal(Message(unknownBody).Replace("tidakada", "?", StringComparison.Ordinal), Message(disabledBody).Replace("tutup", "?", StringComparison.Ordinal));
        Assert.DoesNotContain("Kota Tutup", disabledBody, StringComparison.Ordinal);

        static string Message(string body) => JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
    }

    [Fact]
    public async Task A_missing_hashed_asset_is_not_found_rather_than_the_page()
    {
        using var response = await GetAsync("/t/samarinda/console/assets/index-old.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Samarindas_console_never_names_another_tenant()
    {
        foreach (var (path, host) in new (string, string?)[] { ("/t/samarinda/console/", null), ("/console/", "samarinda.localhost"), ("/console/", "samarinda.algoritma.local") })
        {
            using var response = await GetAsync(path, host);

            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("samarinda", html, StringComparison.Ordinal);
            // (its time zone is Asia/Makassar: the tenant's id and name are what must not appear)
            foreach (var other in new[] { "makassar", "Kota Makassar", "ponorogo", "Ponorogo" })
            {
                Assert.DoesNotContain(other, html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Without_a_build_the_console_says_how_to_make_one()
    {
        var hidden = api.Dist + ".hidden";
        Directory.Move(api.Dist, hidden);
        try
        {
            using var response = await GetAsync("/t/samarinda/console/");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(ConsolePage.NotBuilt, await response.Content.ReadAsStringAsync());
            AssertSecurityHeaders(response);
        }
        finally
        {
            Directory.Move(hidden, api.Dist);
        }
    }

    [Fact]
    public void The_configuration_cannot_close_its_script_element()
    {
        var config = new ConsoleConfig("x", "</script><script>alert(1)</script>", "Asia/Jakarta", "id-ID", "/t/x/console/", "/t/x/graphql",
            "http://a\"><script>", "x-console");

        var html = ConsolePage.Render($"<head>{ConsolePage.Marker}</head>", config);

        Assert.Equal(1, Regex.Count(html, "</script>"));
        Assert.Equal(1, Regex.Count(html, "<script"));
        Assert.Equal("</script><script>alert(1)</script>",
            JsonDocument.Parse(ConfigScript().Match(html).Groups[1].Value).RootElement.GetProperty("tenantName").GetString());
    }

    [GeneratedRegex("""<script id="algoritma-console-config" type="application/json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ConfigScript();

    [GeneratedRegex("""<base href="([^"]*)">""")]
    private static partial Regex BaseHref();
}
