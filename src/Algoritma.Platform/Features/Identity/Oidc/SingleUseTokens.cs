using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// Redeems the authorization code or refresh token of a token request exactly once, in place of OpenIddict's
/// <c>RedeemTokenEntry</c>, which ignores a failed redemption of a refresh token: ten parallel redemptions of one refresh
/// token all got new tokens. The redemption is an update guarded by the entry's concurrency token, so of concurrent
/// requests one wins and the others are refused. A reuse within <see cref="RetryWindow"/> of the first redemption is
/// refused and nothing else happens (two tabs refreshing at once); a later one revokes the whole chain (OpenIddict's
/// token validation does it, and <see cref="RevocationNoticingTokenManager"/> spreads the news).
/// </summary>
internal sealed class SingleUseTokens(IOpenIddictTokenManager tokens) : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static readonly TimeSpan RetryWindow = TimeSpan.FromSeconds(10);

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
        .UseScopedHandler<SingleUseTokens>()
        .SetOrder(OpenIddictServerHandlers.RedeemTokenEntry.Descriptor.Order)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public static void Configure(OpenIddictServerBuilder server) => server
        .SetRefreshTokenReuseLeeway(RetryWindow)
        .RemoveEventHandler(OpenIddictServerHandlers.RedeemTokenEntry.Descriptor)
        .AddEventHandler(Descriptor);

    public async ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType is not OpenIddictServerEndpointType.Token
            || context.Transaction.GetProperty<ProcessAuthenticationContext>(typeof(ProcessAuthenticationContext).FullName!) is not { } authentication)
        {
            return;
        }

        var principal = context.Request.IsAuthorizationCodeGrantType() ? authentication.AuthorizationCodePrincipal
            : context.Request.IsRefreshTokenGrantType() ? authentication.RefreshTokenPrincipal
            : null;
        if (principal?.GetTokenId() is not { } id || await tokens.FindByIdAsync(id, context.CancellationToken) is not { } token)
        {
            return;
        }

        // the status is the one read when the token was validated: a concurrent redemption since then fails the update
        if (!await tokens.HasStatusAsync(token, Statuses.Valid, context.CancellationToken) || !await tokens.TryRedeemAsync(token, context.CancellationToken))
        {
            context.Reject(error: Errors.InvalidGrant, description: "The token was already redeemed.");
        }
    }
}
