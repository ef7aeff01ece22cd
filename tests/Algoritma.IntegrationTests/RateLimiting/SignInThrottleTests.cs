using System.Net;
using Algoritma.Platform.Features.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace Algoritma.IntegrationTests.RateLimiting;

/// <summary>Sign-in is throttled by address and by account, with real limits; nothing is ever locked.</summary>
[Collection(RateLimitCollection.Name)]
public sealed class SignInThrottleTests(RateLimitedApiFactory api)
{
    private const string WrongPassword = "Salah-Sandi-2026";

    [Fact]
    public async Task A_wrong_password_gets_the_same_answer_for_a_real_and_an_unknown_account()
    {
        var real = await SignInForm.SubmitAsync(api, RateLimitedApiFactory.NewAddress(), "manajer.samarinda", WrongPassword);
        var unknown = await SignInForm.SubmitAsync(api, RateLimitedApiFactory.NewAddress(), "manajer.samarindo", WrongPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, real.Status);
        Assert.Equal(real.Status, unknown.Status);
        Assert.Equal(SignInForm.Normalised(real, "manajer.samarinda"), SignInForm.Normalised(unknown, "manajer.samarindo"));
    }

    [Fact]
    public async Task Many_wrong_passwords_throttle_the_account_for_a_while_but_never_lock_it_nor_kill_its_tokens()
    {
        var owner = RateLimitedApiFactory.NewAddress();
        var before = await SignInForm.SubmitAsync(api, owner, "petugas.palaran", Tokens.DemoPassword);
        var refreshToken = before.Tokens!.Value.GetProperty("refresh_token").GetString()!;

        var attacker = RateLimitedApiFactory.NewAddress();
        var answers = await UntilThrottledAsync(attacker, "petugas.palaran");
        var throttledOwner = await SignInForm.SubmitAsync(api, owner, "petugas.palaran", Tokens.DemoPassword);

        Assert.Equal(RateLimitedApiFactory.SignInAccountLimit - 1, answers.Count(a => a.Status == HttpStatusCode.Unauthorized)); // the owner's own sign-in counted
        AssertThrottled(answers[^1]);
        AssertThrottled(throttledOwner);

        await Task.Delay(TimeSpan.FromSeconds(int.Parse(throttledOwner.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture)));
        var after = await SignInForm.SubmitAsync(api, owner, "petugas.palaran", Tokens.DemoPassword);
        var refreshed = await api.TokenRequestAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = refreshToken });

        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.True(after.Tokens!.Value.TryGetProperty("access_token", out _), after.Tokens.ToString());
        Assert.True(refreshed.TryGetProperty("access_token", out _), refreshed.ToString());
        var user = await api.InTenantAsync<UserManager<PlatformUser>, PlatformUser?>("samarinda", users => users.FindByNameAsync("petugas.palaran"));
        Assert.Null(user!.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
    }

    [Fact]
    public async Task An_unknown_account_is_throttled_exactly_like_a_real_one()
    {
        var real = await UntilThrottledAsync(RateLimitedApiFactory.NewAddress(), "admin.samarinda");
        var unknown = await UntilThrottledAsync(RateLimitedApiFactory.NewAddress(), "manajer.tidak.ada");

        Assert.Equal(RateLimitedApiFactory.SignInAccountLimit, unknown.Count(a => a.Status == HttpStatusCode.Unauthorized));
        Assert.Equal(real.Select(a => a.Status), unknown.Select(a => a.Status));
        AssertThrottled(real[^1]);
        AssertThrottled(unknown[^1]);
        Assert.Equal(real[^1].Body, unknown[^1].Body);
    }

    /// <summary>Wrong passwords for <paramref name="userName"/> until the answer is 429 (at most 20 tries).</summary>
    private async Task<List<SignInForm.Attempt>> UntilThrottledAsync(string address, string userName)
    {
        var answers = new List<SignInForm.Attempt>();
        do
        {
            answers.Add(await SignInForm.SubmitAsync(api, address, userName, WrongPassword));
        }
        while (answers[^1].Status != HttpStatusCode.TooManyRequests && answers.Count < 20);

        return answers;
    }

    [Fact]
    public async Task One_address_is_throttled_across_accounts_and_another_address_is_not()
    {
        var address = RateLimitedApiFactory.NewAddress();
        var answers = new List<SignInForm.Attempt>();
        for (var attempt = 0; attempt < 21; attempt++)
        {
            answers.Add(await SignInForm.SubmitAsync(api, address, $"coba.{attempt}", WrongPassword));
        }

        var elsewhere = await SignInForm.SubmitAsync(api, RateLimitedApiFactory.NewAddress(), "coba.lain", WrongPassword);

        Assert.All(answers.Take(20), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        AssertThrottled(answers[20]);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.Status);
    }

    private static void AssertThrottled(SignInForm.Attempt attempt)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, attempt.Status);
        Assert.True(int.Parse(attempt.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60, attempt.RetryAfter);
        Assert.Contains("RATE_LIMITED", attempt.Body, StringComparison.Ordinal);
    }
}
