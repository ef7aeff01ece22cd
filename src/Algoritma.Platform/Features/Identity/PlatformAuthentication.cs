using System.Security.Claims;
using Algoritma.Platform.Features.Identity.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;

namespace Algoritma.Platform.Features.Identity;

/// <summary>
/// Authentication as <c>UseAuthentication</c> does it, except that OpenIddict's server, a request handler, sees only
/// the requests of the OpenID Connect endpoints (<c>/connect/*</c>, <c>/.well-known/*</c>). Everywhere else it would
/// inspect every request for an endpoint of its own: 5% of a GraphQL submission's CPU.
/// </summary>
public static class PlatformAuthentication
{
    /// <summary>
    /// The OpenID Connect requests go through ASP.NET Core's authentication middleware, every other request goes around
    /// it. <c>UseAuthentication</c> is called on the application itself, not in a branch: <c>WebApplication</c> adds its
    /// own authentication middleware in front of every request unless the application calls it.
    /// </summary>
    public static IApplicationBuilder UsePlatformAuthentication(this IApplicationBuilder app)
    {
        RequestDelegate? afterAuthentication = null;
        app.Use(next => context => IsOpenIdConnectRequest(context) ? next(context) : AuthenticateDefaultSchemeAsync(context, afterAuthentication!));
        app.UseAuthentication();
        // a pipeline is built from its end, so this runs before the first component above is built
        return app.Use(next => afterAuthentication = next);
    }

    private static bool IsOpenIdConnectRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/connect") || context.Request.Path.StartsWithSegments("/.well-known");

    /// <summary>
    /// OpenIddict's validation, a request handler too, sees the request first (it sets up the state its authentication
    /// reads); then the access token sets the user, as the authentication middleware's last step does, unless the same
    /// token was validated before (<see cref="AuthenticatedTokens"/>), and only while it is not revoked
    /// (<see cref="TokenRevocations"/>). A request without a bearer token stays anonymous; one whose bearer token is
    /// malformed, expired, altered or revoked is refused (<see cref="InvalidTokenResponse"/>), never served anonymously.
    /// </summary>
    private static async Task AuthenticateDefaultSchemeAsync(HttpContext context, RequestDelegate next)
    {
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature { OriginalPath = context.Request.Path, OriginalPathBase = context.Request.PathBase });
        var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        if (await handlers.GetHandlerAsync(context, OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme) is IAuthenticationRequestHandler validation
            && await validation.HandleRequestAsync())
        {
            return;
        }

        var credentials = AuthenticatedTokens.BearerCredentials(context.Request);
        if (await AuthenticateAsync(context, credentials) is { } principal)
        {
            context.User = principal;
        }
        else if (credentials is not null || AuthenticatedTokens.PresentsBearer(context.Request))
        {
            await InvalidTokenResponse.WriteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>The principal of the request's access token while it is valid and not revoked; null otherwise.</summary>
    private static async Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext context, string? credentials)
    {
        var tokens = context.RequestServices.GetRequiredService<AuthenticatedTokens>();
        var revocations = context.RequestServices.GetRequiredService<TokenRevocations>();
        if (credentials is not null && tokens.Restore(credentials) is { } remembered)
        {
            return await revocations.AcceptsAsync(remembered, context.RequestAborted) ? remembered : null;
        }

        if ((await context.AuthenticateAsync()).Principal is not { } principal || !await revocations.AcceptsAsync(principal, context.RequestAborted))
        {
            return null;
        }

        if (credentials is not null)
        {
            tokens.Remember(credentials, principal);
        }

        return principal;
    }
}
