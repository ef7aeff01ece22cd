using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Algoritma.IntegrationTests.Infrastructure;

/// <summary>Real tokens from the test host's OpenID Connect issuer, for the demo clients and users of tenants-config/.</summary>
public static partial class Tokens
{
    public const string DemoPassword = "Algoritma-2026";
    public const string OfficerApp = "samarinda-officer-app";
    public const string Redirect = "http://127.0.0.1:8765/callback";

    public static async Task<string> ClientCredentialsAsync(this ApiFactory api, string clientId, string secret) =>
        (await api.TokenRequestAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "api" }))
        .GetProperty("access_token").GetString()!;

    public static Task<string> PlatformAdminAsync(this ApiFactory api) => api.ClientCredentialsAsync("platform-admin", "dev-platform-admin-secret");

    public static Task<string> CityAdminAsync(this ApiFactory api, string tenant) =>
        api.ClientCredentialsAsync($"{tenant}-integration", $"dev-{tenant}-integration-secret");

    public static async Task<JsonElement> TokenRequestAsync(this ApiFactory api, Dictionary<string, string> form)
    {
        using var response = await api.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The authorization code flow with PKCE through the real login form; the token response.</summary>
    public static async Task<JsonElement> SignInAsync(
        this ApiFactory api, string userName, string password = DemoPassword, string clientId = OfficerApp, string redirect = Redirect)
    {
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlTextEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = redirect,
            ["scope"] = "openid profile roles offline_access api", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
            ["state"] = "s",
        });

        var toLogin = await browser.GetAsync(authorize);
        var page = await (await browser.GetAsync(toLogin.Headers.Location)).Content.ReadAsStringAsync();
        var antiforgery = HiddenField().Match(page);
        var returnUrl = ReturnUrl().Match(page).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var submitted = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = antiforgery.Groups[2].Value, ["returnUrl"] = returnUrl, ["username"] = userName, ["password"] = password,
        }));
        if (submitted.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)submitted.StatusCode}");
        }

        var callback = await browser.GetAsync(submitted.Headers.Location);
        var code = QueryHelpers.ParseQuery(callback.Headers.Location!.Query)["code"].ToString();
        return await api.TokenRequestAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = clientId, ["code"] = code, ["redirect_uri"] = redirect, ["code_verifier"] = verifier,
        });
    }

    public static GraphQLClient WithToken(this GraphQLClient client, string token)
    {
        client.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex HiddenField();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]+)\"")]
    private static partial Regex ReturnUrl();
}
