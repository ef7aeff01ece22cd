using System.Net;
using System.Text.Json;
using Algoritma.Platform.Features.Identity.Clients;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Abstractions;

namespace Algoritma.IntegrationTests.StaffConsole;

/// <summary>
/// The platform console's client <c>platform-console</c>: public, of no tenant, returning only to <c>/console/</c> on
/// the origin the sign-in is asked from when no tenant claims that address; its tokens are platform tokens.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PlatformConsoleSignInTests(ConsoleApiFactory api)
{
    private const string Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private async Task<HttpResponseMessage> AuthorizeAsync(string redirectUri, string host = "localhost")
    {
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}") });
        return await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "platform-console", ["response_type"] = "code", ["redirect_uri"] = redirectUri,
            ["scope"] = "openid profile roles offline_access api", ["code_challenge"] = Challenge, ["code_challenge_method"] = "S256", ["state"] = "s",
        }));
    }

    [Fact]
    public async Task Tenants_config_gives_the_platform_a_public_console_client_of_no_tenant()
    {
        var client = await api.WithServiceAsync<ClientDirectory, ClientInfo?>(clients => clients.FindAsync("platform-console", CancellationToken.None));

        Assert.NotNull(client);
        Assert.Null(client.TenantId);
        Assert.Equal("Konsol Platform", client.DisplayName);
        Assert.Empty(client.Roles);
        await api.WithServiceAsync<IOpenIddictApplicationManager, int>(async applications =>
        {
            var application = (await applications.FindByClientIdAsync("platform-console"))!;
            Assert.True(await applications.HasClientTypeAsync(application, OpenIddictConstants.ClientTypes.Public));
            Assert.Empty(await applications.GetRedirectUrisAsync(application));
            return 0;
        });
    }

    [Theory]
    [InlineData("http://localhost/console/callback", "localhost")]
    [InlineData("http://127.0.0.1:5302/console/callback", "127.0.0.1:5302")]
    public async Task The_platform_consoles_callback_on_the_same_origin_is_accepted(string redirectUri, string host)
    {
        using var response = await AuthorizeAsync(redirectUri, host);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("http://evil.example/console/callback", "localhost")]
    [InlineData("http://localhost:8080/console/callback", "localhost")]
    [InlineData("http://localhost/t/samarinda/console/callback", "localhost")]
    [InlineData("http://localhost/console/other", "localhost")]
    [InlineData("http://localhost/console/callback?next=x", "localhost")]
    [InlineData("http://samarinda.localhost/console/callback", "samarinda.localhost")]
    [InlineData("http://samarinda.algoritma.local/console/callback", "samarinda.algoritma.local")]
    public async Task Another_origin_or_a_tenants_address_is_refused(string redirectUri, string host)
    {
        using var response = await AuthorizeAsync(redirectUri, host);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_admin_signs_in_and_gets_a_platform_token()
    {
        var tokens = await api.SignInAsync("platform.admin", password: "Algoritma-2026", clientId: "platform-console", redirect: "http://localhost/console/callback");

        var token = tokens.GetProperty("access_token").GetString()!;
        var tenants = await api.GraphQL().WithToken(token).PostAsync("{ tenants(first: 50) { nodes { slug enabled } } }");
        Assert.Contains("samarinda", tenants.Data.GetProperty("tenants").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()));
        var me = await api.GraphQL().WithToken(token).PostAsync("{ me { tenant roles } }");
        Assert.Equal(JsonValueKind.Null, me.Data.GetProperty("me").GetProperty("tenant").ValueKind);
        Assert.Contains("PLATFORM_ADMIN", me.Data.GetProperty("me").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_city_user_cannot_sign_in_through_the_platform_console()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => api.SignInAsync("admin.samarinda", clientId: "platform-console", redirect: "http://localhost/console/callback"));
    }

    [Fact]
    public async Task Signing_out_returns_only_to_the_platform_consoles_address()
    {
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        static string EndSession(string target) => QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["client_id"] = "platform-console", ["post_logout_redirect_uri"] = target,
        });

        using var home = await browser.GetAsync(EndSession("http://localhost/console/"));
        using var elsewhere = await browser.GetAsync(EndSession("http://localhost/t/samarinda/console/"));

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("http://localhost/console/", home.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
    }
}
