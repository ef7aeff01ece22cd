using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Algoritma.IntegrationTests.RateLimiting;

/// <summary>The sign-in form of the code flow, from a given client address: every answer kept, and the tokens on success.</summary>
public static partial class SignInForm
{
    public sealed record Attempt(HttpStatusCode Status, string Body, string? RetryAfter, JsonElement? Tokens);

    public static async Task<Attempt> SubmitAsync(RateLimitedApiFactory api, string address, string userName, string password)
    {
        using var browser = api.ClientFrom(address, followRedirects: false);
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlTextEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = Tokens.OfficerApp, ["response_type"] = "code", ["redirect_uri"] = Tokens.Redirect,
            ["scope"] = "openid profile roles offline_access api", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "s",
        });

        var toLogin = await browser.GetAsync(authorize);
        var page = await (await browser.GetAsync(toLogin.Headers.Location)).Content.ReadAsStringAsync();
        var antiforgery = HiddenField().Match(page);
        var returnUrl = ReturnUrl().Match(page).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        using var submitted = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = antiforgery.Groups[2].Value, ["returnUrl"] = returnUrl, ["username"] = userName, ["password"] = password,
        }));
        var body = await submitted.Content.ReadAsStringAsync();
        var retryAfter = submitted.Headers.RetryAfter?.ToString();
        if (submitted.StatusCode != HttpStatusCode.Redirect)
        {
            return new Attempt(submitted.StatusCode, body, retryAfter, null);
        }

        var callback = await browser.GetAsync(submitted.Headers.Location);
        var code = QueryHelpers.ParseQuery(callback.Headers.Location!.Query)["code"].ToString();
        using var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = Tokens.OfficerApp, ["code"] = code, ["redirect_uri"] = Tokens.Redirect, ["code_verifier"] = verifier,
        }));
        return new Attempt(submitted.StatusCode, body, retryAfter, JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>The page without what differs on every request (the antiforgery token) and the echoed user name.</summary>
    public static string Normalised(Attempt attempt, string userName) =>
        HiddenField().Replace(attempt.Body, "<antiforgery>").Replace(userName, "<user>", StringComparison.Ordinal);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex HiddenField();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]+)\"")]
    private static partial Regex ReturnUrl();
}
