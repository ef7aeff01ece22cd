using Microsoft.AspNetCore.Http;

namespace Algoritma.Platform.Features.Cors;

internal enum CorsRoute
{
    None,
    GraphQL,
    Oidc,
}

/// <summary>The paths browsers may call across origins: the GraphQL routes and the OpenID Connect endpoints a browser app fetches.</summary>
internal static class CorsRoutes
{
    private static readonly string[] OidcPaths = ["/connect/token", "/connect/userinfo", "/connect/revoke", "/connect/endsession"];

    public static CorsRoute Classify(PathString path, out string? routeTenant)
    {
        routeTenant = null;
        var value = path.Value ?? string.Empty;
        if (value.Equals("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            return CorsRoute.GraphQL;
        }

        if (path.StartsWithSegments("/.well-known") || OidcPaths.Any(p => value.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            return CorsRoute.Oidc;
        }

        var segments = value.Split('/');
        if (segments is ["", var t, { Length: > 0 } tenant, var graphql]
            && t.Equals("t", StringComparison.OrdinalIgnoreCase) && graphql.Equals("graphql", StringComparison.OrdinalIgnoreCase))
        {
            routeTenant = tenant;
            return CorsRoute.GraphQL;
        }

        return CorsRoute.None;
    }
}
