using System.Security.Claims;
using Algoritma.GraphQL.Server.Transport.WebSockets;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Identity.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace Algoritma.Platform.Features.Identity;

/// <summary>
/// A socket's <c>connection_init</c> token, authenticated as an HTTP request's bearer token is
/// (<see cref="PlatformAuthentication"/>: OpenIddict's validation, the <see cref="AuthenticatedTokens"/> cache, the
/// <see cref="TokenRevocations"/> check) on a request of its own: the upgrade request was authenticated already, and
/// the handlers keep their result per request. A token of another tenant is refused as HTTP refuses it (403).
/// </summary>
public sealed class PlatformConnectionAuthenticator(
    IServiceScopeFactory scopes, AuthenticatedTokens tokens, TokenRevocations revocations, CurrentTenant current)
    : IGraphQLConnectionAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    public async ValueTask<ConnectionAuthentication> AuthenticateAsync(HttpContext upgrade, string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null)
        {
            return Bound(upgrade.User, upgrade.User.GetExpirationDate());
        }

        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ConnectionAuthentication.Refused("authorization must be 'Bearer <access token>'");
        }

        var principal = tokens.Restore(authorization) ?? await ValidateAsync(upgrade, authorization);
        if (principal is null || !await revocations.AcceptsAsync(principal, cancellationToken))
        {
            return ConnectionAuthentication.Refused("the access token is invalid, expired or revoked");
        }

        tokens.Remember(authorization, principal);
        return Bound(principal, principal.GetExpirationDate());
    }

    /// <summary>A revoked token, or its user disabled or demoted, stops the socket at its next event.</summary>
    public ValueTask<bool> StillAcceptsAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true ? revocations.AcceptsAsync(user, cancellationToken) : ValueTask.FromResult(true);

    private async Task<ClaimsPrincipal?> ValidateAsync(HttpContext upgrade, string authorization)
    {
        await using var scope = scopes.CreateAsyncScope();
        var request = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        request.Request.Scheme = upgrade.Request.Scheme;
        request.Request.Host = upgrade.Request.Host;
        request.Request.PathBase = upgrade.Request.PathBase;
        request.Request.Path = upgrade.Request.Path;
        request.Request.Method = HttpMethods.Post;
        request.Request.Headers[HeaderNames.Authorization] = authorization;
        var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
        if (await handlers.GetHandlerAsync(request, OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme) is IAuthenticationRequestHandler validation
            && await validation.HandleRequestAsync())
        {
            return null;
        }

        return (await request.AuthenticateAsync()).Principal;
    }

    /// <summary>A token bound to one tenant opens sockets on that tenant's routes only.</summary>
    private ConnectionAuthentication Bound(ClaimsPrincipal user, DateTimeOffset? expires)
    {
        var tokenTenant = user.Identity?.IsAuthenticated == true ? user.FindFirst(PlatformClaims.Tenant)?.Value : null;
        return tokenTenant is not null && current.Id is not null && tokenTenant != current.Id
            ? ConnectionAuthentication.Refused($"this token belongs to tenant '{tokenTenant}', not '{current.Id}'")
            : new ConnectionAuthentication(user, expires, null);
    }
}
