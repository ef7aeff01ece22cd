using System.Security.Claims;
using Algoritma.Platform.Features.Identity.Clients;
using Algoritma.Platform.Features.Identity.Oidc;
using Algoritma.Platform.Features.Identity.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Algoritma.Platform.Features.Identity.Login;

/// <summary>
/// The sign-in form of the authorization code flow. The tenant whose users may sign in is the tenant of
/// the client named in the authorization request the form returns to. Failures lock nothing: the rate limiter
/// throttles by IP address and by account (docs/security-limits.md), and an unknown, disabled or real account
/// gets the same answer in the same time.
/// </summary>
public static class LoginEndpoints
{
    private const string AuthorizePath = "/connect/authorize";

    public static IEndpointRouteBuilder MapLoginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/login", (Delegate)ShowAsync);
        endpoints.MapPost("/account/login", (Delegate)SubmitAsync).DisableAntiforgery();
        endpoints.MapGet("/account/logout", (Delegate)LogoutAsync);
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, ClientDirectory clients, IAntiforgery antiforgery, string? returnUrl)
    {
        var client = await ClientOfAsync(returnUrl, clients, http.RequestAborted);
        return client is null ? BadReturnUrl() : Page(http, antiforgery, client, returnUrl!, null, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http, ClientDirectory clients, IAntiforgery antiforgery, TenantScopeForPrincipal scopes,
        UserManager<PlatformUser> users, IPasswordHasher<PlatformUser> hasher)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest("Formulir kedaluwarsa; muat ulang halaman. (The form expired; reload the page.)");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        var userName = form["username"].ToString().Trim().ToLowerInvariant();
        var client = await ClientOfAsync(returnUrl, clients, http.RequestAborted);
        if (client is null)
        {
            return BadReturnUrl();
        }

        var tenant = await scopes.FindAsync(client.TenantId, http.RequestAborted);
        using (scopes.Enter(tenant))
        {
            var user = userName.Length == 0 ? null : await users.FindByNameAsync(userName);
            var password = form["password"].ToString();
            var passwordMatches = user is null ? DecoyPasswordCheck.Verify(hasher, password) : await users.CheckPasswordAsync(user, password);
            if (!passwordMatches || user!.Disabled)
            {
                return Page(http, antiforgery, client, returnUrl, "Nama pengguna atau kata sandi salah. (Wrong user name or password.)",
                    userName, StatusCodes.Status401Unauthorized);
            }

            var identity = new ClaimsIdentity(IdentityModule.LoginCookieScheme);
            identity.AddClaim(new Claim(PlatformClaims.Subject, user.Id.ToString()));
            if (user.TenantId is not null)
            {
                identity.AddClaim(new Claim(PlatformClaims.Tenant, user.TenantId));
            }

            await http.SignInAsync(IdentityModule.LoginCookieScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(returnUrl);
        }
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityModule.LoginCookieScheme);
        return Results.Content(LoginPage.SignedOut(), "text/html; charset=utf-8");
    }

    /// <summary>Only a local authorization request may be returned to; its client decides the tenant.</summary>
    private static async Task<ClientInfo?> ClientOfAsync(string? returnUrl, ClientDirectory clients, CancellationToken cancellationToken)
    {
        if (returnUrl is null || !returnUrl.StartsWith(AuthorizePath + "?", StringComparison.Ordinal))
        {
            return null;
        }

        var clientId = QueryHelpers.ParseQuery(returnUrl[AuthorizePath.Length..])["client_id"].ToString();
        return clientId.Length == 0 ? null : await clients.FindAsync(clientId, cancellationToken);
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, ClientInfo client, string returnUrl, string? error, string? userName, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(LoginPage.Render(client.DisplayName, returnUrl, tokens.FormFieldName, tokens.RequestToken!, error, userName),
            "text/html; charset=utf-8", statusCode: status);
    }

    private static IResult BadReturnUrl() =>
        Results.BadRequest("Tautan masuk tidak sah. (This sign-in link is not valid.)");
}
