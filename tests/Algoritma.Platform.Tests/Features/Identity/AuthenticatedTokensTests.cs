using System.Security.Claims;
using Algoritma.Platform.Features.Identity.Oidc;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;

namespace Algoritma.Platform.Tests.Features.Identity;

public sealed class AuthenticatedTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_remembered_token_gives_a_copy_of_its_principal()
    {
        using var tokens = new AuthenticatedTokens(_clock);
        var principal = Principal(expires: _clock.GetUtcNow().AddMinutes(30));
        tokens.Remember("token-a", principal);

        var restored = tokens.Restore("token-a");

        Assert.NotNull(restored);
        Assert.NotSame(principal, restored);
        Assert.Equal("citizen-1", restored.FindFirst(OpenIddictConstants.Claims.Subject)?.Value);
        Assert.Null(tokens.Restore("token-b"));
    }

    [Fact]
    public void A_token_is_not_restored_once_it_expires()
    {
        using var tokens = new AuthenticatedTokens(_clock);
        tokens.Remember("token-a", Principal(expires: _clock.GetUtcNow().AddMinutes(2)));

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(tokens.Restore("token-a"));
    }

    [Fact]
    public void A_long_lived_token_is_validated_again_after_the_cache_lifetime()
    {
        using var tokens = new AuthenticatedTokens(_clock);
        tokens.Remember("token-a", Principal(expires: _clock.GetUtcNow().AddMinutes(30)));

        _clock.Advance(AuthenticatedTokens.Lifetime - TimeSpan.FromSeconds(1));
        Assert.NotNull(tokens.Restore("token-a"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(tokens.Restore("token-a"));
    }

    [Fact]
    public void A_principal_without_an_expiry_is_not_remembered()
    {
        using var tokens = new AuthenticatedTokens(_clock);
        tokens.Remember("token-a", Principal(expires: null));

        Assert.Null(tokens.Restore("token-a"));
    }

    private static ClaimsPrincipal Principal(DateTimeOffset? expires)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(OpenIddictConstants.Claims.Subject, "citizen-1")], "test"));
        return expires is null ? principal : principal.SetExpirationDate(expires);
    }
}
