using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>
/// A wrong password costs about the same time for a real account as for an unknown one, so timing does not tell which
/// names exist. The figures are written to the test output; the bound is loose on purpose (a shared machine is noisy).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class SignInTimingTests(ApiFactory api, ITestOutputHelper output)
{
    private const int Rounds = 12;

    [Fact]
    public async Task A_wrong_password_takes_about_as_long_for_an_unknown_account_as_for_a_real_one()
    {
        await TimeAsync("petugas.rawamakmur"); // warm-up: the first hash, JIT, the connection pool
        await TimeAsync("tidak.ada.warm");
        var real = new List<double>();
        var unknown = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            real.Add(await TimeAsync("petugas.rawamakmur"));
            unknown.Add(await TimeAsync($"tidak.ada.{round}"));
        }

        var realMedian = Median(real);
        var unknownMedian = Median(unknown);
        output.WriteLine($"wrong password, median of {Rounds}: real account {realMedian:0.0} ms [{string.Join(", ", real.Select(t => t.ToString("0")))}]");
        output.WriteLine($"wrong password, median of {Rounds}: unknown account {unknownMedian:0.0} ms [{string.Join(", ", unknown.Select(t => t.ToString("0")))}]");
        Assert.InRange(unknownMedian / realMedian, 0.5, 2.0);
    }

    /// <summary>The form submission alone, in milliseconds.</summary>
    private async Task<double> TimeAsync(string userName)
    {
        using var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var authorize = $"/connect/authorize?client_id={Tokens.OfficerApp}&response_type=code&redirect_uri={Uri.EscapeDataString(Tokens.Redirect)}"
            + "&scope=openid&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s";
        var toLogin = await browser.GetAsync(authorize);
        var page = await (await browser.GetAsync(toLogin.Headers.Location)).Content.ReadAsStringAsync();
        var antiforgery = HiddenField().Match(page);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = antiforgery.Groups[2].Value, ["returnUrl"] = authorize, ["username"] = userName, ["password"] = "Salah-Sandi-2026",
        });

        var clock = Stopwatch.StartNew();
        using var response = await browser.PostAsync("/account/login", form);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return elapsed;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex HiddenField();
}
