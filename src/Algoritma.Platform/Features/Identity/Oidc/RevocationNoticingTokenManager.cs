using Algoritma.Platform.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// OpenIddict's token manager, which also sends a <see cref="RevocationNotices"/> notice when an access token is
/// revoked (<c>/connect/revoke</c>) or a whole authorization's tokens are (a refresh token reused too late): access
/// tokens are validated without the database, so without the notice they would work until they expire.
/// </summary>
internal sealed class RevocationNoticingTokenManager(
    IOpenIddictTokenCache<OpenIddictEntityFrameworkCoreToken> cache,
    ILogger<OpenIddictTokenManager<OpenIddictEntityFrameworkCoreToken>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictTokenStore<OpenIddictEntityFrameworkCoreToken> store,
    RevocationNotices notices,
    PlatformDbContext db)
    : OpenIddictTokenManager<OpenIddictEntityFrameworkCoreToken>(cache, logger, options, store)
{
    public override async ValueTask<bool> TryRevokeAsync(OpenIddictEntityFrameworkCoreToken token, CancellationToken cancellationToken = default)
    {
        var revoked = await base.TryRevokeAsync(token, cancellationToken);
        if (revoked && token.Type == OpenIddictConstants.TokenTypeIdentifiers.AccessToken && token.Id is { } id)
        {
            await notices.TokenRevokedAsync(db, id, cancellationToken);
        }

        return revoked;
    }

    public override async ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeByAuthorizationIdAsync(identifier, cancellationToken);
        await notices.AuthorizationRevokedAsync(db, identifier, cancellationToken);
        return count;
    }
}
