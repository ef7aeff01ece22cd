using System.Security.Claims;
using Algoritma.Platform.Features.Identity.Clients;
using Algoritma.Platform.Features.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>The passthrough endpoints of the OpenID Connect issuer: authorize, token, userinfo, end session.</summary>
public static class OidcEndpoints
{
    public static IEndpointRouteBuilder MapOidcEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync);
        endpoints.MapPost("/connect/token", (Delegate)TokenAsync);
        endpoints.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)UserInfo)
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).RequireAuthenticatedUser());
        endpoints.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)EndSessionAsync);
        return endpoints;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext http, ClientDirectory clients, TenantScopeForPrincipal scopes, UserManager<PlatformUser> users, PlatformClaimsFactory claims)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var client = await clients.FindAsync(request.ClientId!, http.RequestAborted);
        var tenant = await scopes.FindAsync(client?.TenantId, http.RequestAborted);
        if (client is null || (client.TenantId is not null && tenant is null))
        {
            return Refuse(Errors.InvalidClient, "The client or its tenant is unknown or disabled.");
        }

        var login = await http.AuthenticateAsync(IdentityModule.LoginCookieScheme);
        var loginTenant = login.Principal?.FindFirstValue(PlatformClaims.Tenant);
        if (!login.Succeeded || loginTenant != client.TenantId || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "The user is not signed in.");
            }

            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(
                request.GetParameters().Where(p => p.Key != Parameters.Prompt).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityModule.LoginCookieScheme]);
        }

        using (scopes.Enter(tenant))
        {
            var user = await users.FindByIdAsync(login.Principal!.FindFirstValue(PlatformClaims.Subject)!);
            if (user is null || user.Disabled)
            {
                await http.SignOutAsync(IdentityModule.LoginCookieScheme);
                return Refuse(Errors.AccessDenied, "The account is disabled.");
            }

            var principal = await claims.ForUserAsync(user, request.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
    }

    private static async Task<IResult> TokenAsync(
        HttpContext http, ClientDirectory clients, TenantScopeForPrincipal scopes, UserManager<PlatformUser> users, PlatformClaimsFactory claims)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var client = await clients.FindAsync(request.ClientId!, http.RequestAborted);
            if (client is null || (client.TenantId is not null && await scopes.FindAsync(client.TenantId, http.RequestAborted) is null))
            {
                return Refuse(Errors.InvalidClient, "The client or its tenant is unknown or disabled.");
            }

            return Results.SignIn(claims.ForClient(client, request.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }

        // the user is read again on every code exchange and refresh: a disabled account gets no new tokens
        var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal!;
        var tenantId = granted.FindFirstValue(PlatformClaims.Tenant);
        var tenant = await scopes.FindAsync(tenantId, http.RequestAborted);
        if (tenantId is not null && tenant is null)
        {
            return Refuse(Errors.InvalidGrant, "The tenant is unknown or disabled.");
        }

        using (scopes.Enter(tenant))
        {
            var user = await users.FindByIdAsync(granted.FindFirstValue(PlatformClaims.Subject)!);
            if (user is null || user.Disabled || await users.IsLockedOutAsync(user))
            {
                return Refuse(Errors.InvalidGrant, "The account is disabled.");
            }

            return Results.SignIn(await claims.ForUserAsync(user, granted.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
    }

    private static IResult UserInfo(ClaimsPrincipal user) => Results.Ok(new Dictionary<string, object?>
    {
        [Claims.Subject] = user.FindFirstValue(Claims.Subject),
        [Claims.Name] = user.FindFirstValue(Claims.Name),
        [Claims.PreferredUsername] = user.FindFirstValue(Claims.PreferredUsername),
        [Claims.Email] = user.FindFirstValue(Claims.Email),
        [PlatformClaims.Tenant] = user.FindFirstValue(PlatformClaims.Tenant),
        [PlatformClaims.Unit] = user.FindFirstValue(PlatformClaims.Unit),
        ["roles"] = user.FindAll(Claims.Role).Select(c => c.Value).ToArray(),
    });

    private static async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityModule.LoginCookieScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
