using Algoritma.Platform.Features.Identity.Oidc;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>An access token is validated once; its later requests reuse the principal it gave, an altered copy never does.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthenticatedTokensTests(ApiFactory api)
{
    private const string Query = "{ requests(first: 1) { totalCount } }";

    [Fact]
    public async Task A_token_accepted_before_is_remembered_and_accepted_again_and_an_altered_copy_is_refused()
    {
        var token = (await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!;
        var signature = token.LastIndexOf('.') + 10;
        var altered = string.Concat(token.AsSpan(0, signature), token[signature] == 'A' ? "B" : "A", token.AsSpan(signature + 1));
        var tokens = api.Services.GetRequiredService<AuthenticatedTokens>();

        Assert.Null(tokens.Restore($"Bearer {token}"));
        var first = await api.Tenant("samarinda").WithToken(token).PostAsync(Query);
        Assert.NotNull(tokens.Restore($"Bearer {token}"));
        var again = await api.Tenant("samarinda").WithToken(token).PostAsync(Query);
        var forged = await api.Tenant("samarinda").WithToken(altered).PostAsync(Query);

        Assert.Empty(first.Errors);
        Assert.Empty(again.Errors);
        InvalidTokenTests.AssertInvalidToken(forged);
        Assert.Null(tokens.Restore($"Bearer {altered}"));
    }
}
