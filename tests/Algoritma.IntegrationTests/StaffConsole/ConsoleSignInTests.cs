using System.Net;
using Algoritma.Platform.Features.Identity.Clients;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Algoritma.IntegrationTests.StaffConsole;

/// <summary>
/// Every tenant's <c>{tenant}-console</c> client, and its redirect rule: the console's own callback on the origin the
/// sign-in is asked from, for the client's own tenant; other clients keep their registered URIs.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleSignInTests(ConsoleApiFactory api)
{
    private const string Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private async Task<HttpResponseMessage> AuthorizeAsync(string clientId, string redirectUri, string host = "localhost")
    {
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}") });
        return await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = redirectUri, ["scope"] = "openid profile roles offline_access api",
            ["code_challenge"] = Challenge, ["code_challenge_method"] = "S256", ["state"] = "s",
        }));
    }

    private static void AssertGoesToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    private static async Task AssertInvalidRequestAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Headers.Location);
    }

    private Task<ClientInfo?> ClientAsync(string clientId) =>
        api.WithServiceAsync<ClientDirectory, ClientInfo?>(clients => clients.FindAsync(clientId, CancellationToken.None));

    [Theory]
    [InlineData("samarinda", "Kota Samarinda")]
    [InlineData("makassar", "Kota Makassar")]
    [InlineData("ponorogo", "Kabupaten Ponorogo")]
    public async Task Every_tenant_from_tenants_config_has_a_public_console_client(string tenant, string name)
    {
        var client = await ClientAsync($"{tenant}-console");

        Assert.NotNull(client);
        Assert.Equal(tenant, client.TenantId);
        Assert.Equal($"Konsol Staf {name}", client.DisplayName);
        Assert.Empty(client.Roles);
        await api.WithServiceAsync<IOpenIddictApplicationManager, int>(async applications =>
        {
            var application = (await applications.FindByClientIdAsync($"{tenant}-console"))!;
            Assert.True(await applications.HasClientTypeAsync(application, OpenIddictConstants.ClientTypes.Public));
            Assert.Empty(await applications.GetRedirectUrisAsync(application));
            Assert.True(await applications.HasRequirementAsync(application, OpenIddictConstants.Requirements.Features.ProofKeyForCodeExchange));
            Assert.True(await applications.HasPermissionAsync(application, OpenIddictConstants.Permissions.GrantTypes.RefreshToken));
            return 0;
        });
    }

    [Fact]
    public async Task A_tenant_onboarded_through_GraphQL_gets_its_console_client()
    {
        var held = await api.WithServiceAsync<PlatformDbContext, List<string>>(db => db.Tenants.Select(t => t.RegencyCode).ToListAsync());
        var regency = OfficialRegionsCatalog.Shared.Regencies.First(r => !held.Contains(r.Code) && r.Code.StartsWith("64.", StringComparison.Ordinal));
        var slug = $"k-{regency.Code.Replace('.', '-')}";
        var admin = api.GraphQL().WithToken(await api.PlatformAdminAsync());

        var response = await admin.PostAsync(
            "mutation ($input: OnboardTenantInput!) { onboardTenant(input: $input) { errors { code message } } }",
            new { input = new { id = slug, name = "Kabupaten Uji", regencyCode = regency.Code, timeZone = "Asia/Makassar" } });

        Assert.Empty(response.Data.GetProperty("onboardTenant").GetProperty("errors").EnumerateArray());
        var client = await ClientAsync($"{slug}-console");
        Assert.Equal(slug, client?.TenantId);
        Assert.Equal("Konsol Staf Kabupaten Uji", client?.DisplayName);
        AssertGoesToLogin(await AuthorizeAsync($"{slug}-console", $"http://localhost/t/{slug}/console/callback"));
    }

    [Fact]
    public async Task The_console_callback_on_the_same_origin_is_accepted()
    {
        AssertGoesToLogin(await AuthorizeAsync("samarinda-console", "http://localhost/t/samarinda/console/callback"));
        AssertGoesToLogin(await AuthorizeAsync("samarinda-console", "http://samarinda.localhost/console/callback", host: "samarinda.localhost"));
        AssertGoesToLogin(await AuthorizeAsync("samarinda-console", "http://samarinda.localhost:5181/t/samarinda/console/callback", host: "samarinda.localhost:5181"));
    }

    [Theory]
    [InlineData("http://evil.example/t/samarinda/console/callback", "localhost")]
    [InlineData("https://localhost/t/samarinda/console/callback", "localhost")]
    [InlineData("http://localhost:8080/t/samarinda/console/callback", "localhost")]
    [InlineData("http://localhost/t/makassar/console/callback", "localhost")]
    [InlineData("http://localhost/t/samarinda/console/other", "localhost")]
    [InlineData("http://localhost/t/samarinda/console/callback?next=http://evil.example", "localhost")]
    [InlineData("http://localhost/console/callback", "localhost")]
    [InlineData("http://makassar.localhost/console/callback", "makassar.localhost")]
    public async Task Another_origins_or_another_tenants_callback_is_refused(string redirectUri, string host) =>
        await AssertInvalidRequestAsync(await AuthorizeAsync("samarinda-console", redirectUri, host));

    [Fact]
    public async Task Other_clients_still_need_their_registered_redirect_uris()
    {
        AssertGoesToLogin(await AuthorizeAsync(Tokens.OfficerApp, Tokens.Redirect));
        await AssertInvalidRequestAsync(await AuthorizeAsync(Tokens.OfficerApp, "http://localhost/t/samarinda/console/callback"));
    }

    [Fact]
    public async Task A_programme_manager_signs_in_through_the_console_client()
    {
        var tokens = await api.SignInAsync("manajer.samarinda", clientId: "samarinda-console", redirect: "http://localhost/t/samarinda/console/callback");

        var token = tokens.GetProperty("access_token").GetString()!;
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
        var me = await api.Tenant("samarinda").WithToken(token).PostAsync("{ me { tenant roles } }");
        Assert.Equal("samarinda", me.Data.GetProperty("me").GetProperty("tenant").GetString());
        Assert.Contains("PROGRAM_MANAGER", me.Data.GetProperty("me").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Signing_out_returns_only_to_the_consoles_own_address()
    {
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        static string EndSession(string target) => QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["client_id"] = "samarinda-console", ["post_logout_redirect_uri"] = target,
        });

        using var home = await browser.GetAsync(EndSession("http://localhost/t/samarinda/console/"));
        using var elsewhere = await browser.GetAsync(EndSession("http://localhost/t/makassar/console/"));

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("http://localhost/t/samarinda/console/", home.Headers.Location!.GetLeftPart(UriPartial.Path));
        await AssertInvalidRequestAsync(elsewhere);
    }
}
