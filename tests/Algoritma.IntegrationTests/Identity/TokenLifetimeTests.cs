using System.Text.Json;
using Algoritma.IntegrationTests.Errors;
using Algoritma.Platform.Features.Identity.Oidc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Algoritma.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class TokenLifetimeTests(ApiFactory api, FailingFieldApiFactory otherHost) : IClassFixture<FailingFieldApiFactory>
{
    [Fact]
    public async Task A_token_is_still_valid_on_another_host_started_later_with_the_persisted_keys()
    {
        var token = await api.PlatformAdminAsync();

        var me = await otherHost.GraphQL().WithToken(token).PostAsync("{ me { subject roles } }");

        Assert.Equal("platform-admin", me.Data.GetProperty("me").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Revoked_tokens_are_pruned_by_the_background_job()
    {
        var tokens = await api.SignInAsync("petugas.palaran");
        var refresh = tokens.GetProperty("refresh_token").GetString()!;
        using var revoke = await api.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = Tokens.OfficerApp, ["token"] = refresh, ["token_type_hint"] = "refresh_token",
        }));
        Assert.True(revoke.IsSuccessStatusCode);
        var pruning = api.Services.GetServices<IHostedService>().OfType<TokenPruning>().Single();

        var pruned = await pruning.PruneAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.True(pruned >= 1);
        var refused = await api.TokenRequestAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = refresh });
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.String, refused.GetProperty("error_description").ValueKind);
    }
}
