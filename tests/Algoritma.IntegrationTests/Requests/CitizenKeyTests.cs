using System.Text;
using System.Text.Json;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Shared;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.IntegrationTests.Requests;

/// <summary>A citizen's ONLINE requests count under their profile's analytics key, which their token carries sealed.</summary>
[Collection(ApiCollection.Name)]
public sealed class CitizenKeyTests(ApiFactory api)
{
    private readonly RequestScenario _scenario = new(api);

    [Fact]
    public async Task An_online_request_carries_the_profiles_key_which_the_token_holds_only_sealed()
    {
        await _scenario.EnsureDomisiliAsync();
        var (citizen, token) = await _scenario.NewCitizenWithTokenAsync();
        var payload = PayloadOf(token);
        var claims = JsonDocument.Parse(payload).RootElement;
        var profileKey = await ProfileKeyAsync(Guid.Parse(claims.GetProperty("sub").GetString()!));

        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");

        Assert.Equal(profileKey, await EventKeyAsync(request.GetProperty("trackingCode").GetString()!));
        Assert.False(string.IsNullOrEmpty(claims.GetProperty(PlatformClaims.SealedCitizenKey).GetString()));
        Assert.DoesNotContain(profileKey, payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_sealed_key_that_opens_the_key_comes_from_the_profile()
    {
        var (_, token) = await _scenario.NewCitizenWithTokenAsync();
        var userId = Guid.Parse(JsonDocument.Parse(PayloadOf(token)).RootElement.GetProperty("sub").GetString()!);
        var profileKey = await ProfileKeyAsync(userId);
        var citizen = new Caller(userId.ToString(), "Warga", "samarinda", [Roles.Citizen], null);

        var (noClaim, foreignClaim, sealedElsewhere) = await api.InTenantAsync<CitizenKeys, (string?, string?, string?)>("samarinda", async keys => (
            await keys.KeyOfCallerAsync(citizen, userId, CancellationToken.None),
            await keys.KeyOfCallerAsync(citizen with { SealedCitizenKey = "not-a-sealed-value" }, userId, CancellationToken.None),
            await keys.KeyOfCallerAsync(citizen with { SealedCitizenKey = keys.Seal("a-key-the-token-carries") }, userId, CancellationToken.None)));

        Assert.Equal(profileKey, noClaim);
        Assert.Equal(profileKey, foreignClaim);
        Assert.Equal("a-key-the-token-carries", sealedElsewhere);
    }

    /// <summary>The JSON of an access token's claims (a JWT's middle part).</summary>
    private static string PayloadOf(string token) => Encoding.UTF8.GetString(Base64UrlTextEncoder.Decode(token.Split('.')[1]));

    private async Task<string> ProfileKeyAsync(Guid userId)
    {
        await using var connection = await OpenOwnerAsync();
        await using var command = new NpgsqlCommand("SELECT analytics_key FROM citizen_profiles WHERE user_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = userId } },
        };
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string?> EventKeyAsync(string trackingCode)
    {
        await using var connection = await OpenOwnerAsync();
        await using var command = new NpgsqlCommand("SELECT data ->> 'CitizenKey' FROM marten.mt_events WHERE data ->> 'TrackingCode' = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = trackingCode } },
        };
        return (string?)await command.ExecuteScalarAsync();
    }

    private async Task<NpgsqlConnection> OpenOwnerAsync()
    {
        var connection = new NpgsqlConnection(DatabaseSettings.OwnerConnectionString(api.Services.GetRequiredService<IConfiguration>()));
        await connection.OpenAsync();
        return connection;
    }
}
