using Algoritma.IntegrationTests.Infrastructure;
using Algoritma.Platform.Features.Identity.Oidc;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>An access token's signature is checked once; everything after that check still runs per request.</summary>
[Collection(ApiCollection.Name)]
public sealed class ValidatedTokenCacheTests(ApiFactory api)
{
    private const string Query = "{ requests(first: 1) { totalCount } }";

    [Fact]
    public async Task A_token_accepted_before_is_accepted_again_and_an_altered_copy_is_refused()
    {
        var token = (await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!;
        var signature = token.LastIndexOf('.') + 10;
        var altered = string.Concat(token.AsSpan(0, signature), token[signature] == 'A' ? "B" : "A", token.AsSpan(signature + 1));

        var first = await api.Tenant("samarinda").WithToken(token).PostAsync(Query);
        var again = await api.Tenant("samarinda").WithToken(token).PostAsync(Query);
        var forged = await api.Tenant("samarinda").WithToken(altered).PostAsync(Query);

        Assert.Empty(first.Errors);
        Assert.Empty(again.Errors);
        Assert.Equal("UNAUTHENTICATED", forged.FirstErrorCode);
        Assert.False(forged.HasData);
    }

    [Fact]
    public void Only_the_signature_check_is_skipped_claim_mapping_and_expiry_still_run_on_a_remembered_token()
    {
        Assert.True(ValidatedTokenCache.Restore.Descriptor.Order < ValidateIdentityModelToken.Descriptor.Order);
        Assert.True(ValidateIdentityModelToken.Descriptor.Order < ValidatedTokenCache.Remember.Descriptor.Order);
        Assert.True(ValidatedTokenCache.Remember.Descriptor.Order < NormalizeScopeClaims.Descriptor.Order);
        Assert.True(ValidatedTokenCache.Remember.Descriptor.Order < ValidateExpirationDate.Descriptor.Order);
    }
}
