using System.Text.Json;
using Algoritma.Platform.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>A refresh token is redeemed once: parallel redemptions give one new pair; a late reuse revokes the chain.</summary>
[Collection(ApiCollection.Name)]
public sealed class RefreshTokenTests(ApiFactory api)
{
    private const string Read = "{ requests(first: 1) { totalCount } }";

    private Task<JsonElement> RedeemAsync(string refreshToken) => api.TokenRequestAsync(new()
    {
        ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = refreshToken,
    });

    [Fact]
    public async Task Of_ten_parallel_redemptions_of_one_refresh_token_exactly_one_succeeds_and_its_chain_lives_on()
    {
        var refresh = (await api.SignInAsync("petugas.palaran")).GetProperty("refresh_token").GetString()!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => RedeemAsync(refresh))));

        var granted = answers.Where(a => a.TryGetProperty("access_token", out _)).ToList();
        Assert.Single(granted);
        Assert.All(answers.Except(granted), a => Assert.Equal("invalid_grant", a.GetProperty("error").GetString()));
        var next = await RedeemAsync(granted[0].GetProperty("refresh_token").GetString()!);
        Assert.True(next.TryGetProperty("access_token", out _), next.GetRawText());
    }

    [Fact]
    public async Task A_reuse_after_the_retry_window_revokes_the_whole_chain_and_its_access_tokens()
    {
        var signedIn = await api.SignInAsync("petugas.rawamakmur");
        var first = signedIn.GetProperty("refresh_token").GetString()!;
        var rotated = await RedeemAsync(first);
        var access = rotated.GetProperty("access_token").GetString()!;
        var officer = api.Tenant("samarinda").WithToken(access);
        Assert.Empty((await officer.PostAsync(Read)).Errors);
        await MoveRedemptionsBackAsync(TimeSpan.FromMinutes(1));

        var reused = await RedeemAsync(first);

        Assert.Equal("invalid_grant", reused.GetProperty("error").GetString());
        Assert.Equal("invalid_grant", (await RedeemAsync(rotated.GetProperty("refresh_token").GetString()!)).GetProperty("error").GetString());
        InvalidTokenTests.AssertInvalidToken(await officer.PostAsync(Read));
    }

    /// <summary>As if the redemptions so far had happened <paramref name="ago"/> earlier.</summary>
    private async Task MoveRedemptionsBackAsync(TimeSpan ago)
    {
        var owner = DatabaseSettings.OwnerConnectionString(api.Services.GetRequiredService<IConfiguration>());
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE \"OpenIddictTokens\" SET redemption_date = redemption_date - $1 WHERE redemption_date IS NOT NULL", connection)
        {
            Parameters = { new NpgsqlParameter { Value = ago } },
        };
        await command.ExecuteNonQueryAsync();
    }
}
