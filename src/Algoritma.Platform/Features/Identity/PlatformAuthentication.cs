using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Algoritma.Platform.Features.Identity;

/// <summary>
/// Authentication as <c>UseAuthentication</c> does it, except that OpenIddict's server and validation, which are
/// request handlers, see only the requests of the OpenID Connect endpoints (<c>/connect/*</c>, <c>/.well-known/*</c>).
/// Everywhere else they would inspect every request for an endpoint of theirs: 4–8% of a GraphQL request's CPU.
/// </summary>
public static class PlatformAuthentication
{
    public static IApplicationBuilder UsePlatformAuthentication(this IApplicationBuilder app) => app
        .UseWhen(IsOpenIdConnectRequest, oidc => oidc.UseAuthentication())
        .UseWhen(context => !IsOpenIdConnectRequest(context), api => api.Use(AuthenticateDefaultSchemeAsync));

    private static bool IsOpenIdConnectRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/connect") || context.Request.Path.StartsWithSegments("/.well-known");

    /// <summary>The default scheme (the access token) sets the user, as the authentication middleware's last step does.</summary>
    private static async Task AuthenticateDefaultSchemeAsync(HttpContext context, RequestDelegate next)
    {
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature { OriginalPath = context.Request.Path, OriginalPathBase = context.Request.PathBase });
        if ((await context.AuthenticateAsync()).Principal is { } principal)
        {
            context.User = principal;
        }

        await next(context);
    }
}
