using Algoritma.MultiTenancy;
using Microsoft.AspNetCore.Http;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>
/// The redirect rule of the console clients: a callback is the console's own, on the very origin the authorization
/// (or end-session) request came to, for the client's own tenant — <c>/t/{tenant}/console/callback</c> on any of the
/// platform's addresses, <c>/console/callback</c> on the tenant's own host. After sign-out the console's base. The
/// platform console's is <c>/console/callback</c> on an address no tenant claims.
/// </summary>
public static class ConsoleCallbacks
{
    public static bool IsSignInCallback(string? uri, HttpRequest request, TenantInfo tenant) => Matches(uri, request, tenant, "callback");

    public static bool IsSignOutTarget(string? uri, HttpRequest request, TenantInfo tenant) => Matches(uri, request, tenant, string.Empty);

    /// <summary>The platform console's callback (<paramref name="signIn"/>) or base, on this origin, which no tenant claims.</summary>
    public static async Task<bool> IsPlatformCallbackAsync(string? uri, HttpRequest request, bool signIn, ITenantStore tenants, CancellationToken cancellationToken)
    {
        if (SameOrigin(uri, request) is not { } target
            || target.AbsolutePath != $"{request.PathBase.Value}/console/{(signIn ? "callback" : string.Empty)}")
        {
            return false;
        }

        var host = target.Host;
        var ownLabel = host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ? host[..host.IndexOf('.', StringComparison.Ordinal)] : null;
        return await tenants.FindByHostAsync(host, cancellationToken) is null
            && (ownLabel is null || await tenants.FindByIdAsync(ownLabel, cancellationToken) is null);
    }

    private static bool Matches(string? uri, HttpRequest request, TenantInfo tenant, string page)
    {
        if (SameOrigin(uri, request) is not { } target)
        {
            return false;
        }

        var path = target.AbsolutePath;
        var pathBase = request.PathBase.Value ?? string.Empty;
        return path == $"{pathBase}/t/{tenant.Id}/console/{page}"
            || (path == $"{pathBase}/console/{page}" && ConsoleHosts.IsOwnHost(tenant, target.Host));
    }

    private static Uri? SameOrigin(string? uri, HttpRequest request) =>
        !Uri.TryCreate(uri, UriKind.Absolute, out var target) || target.Query.Length > 0 || target.Fragment.Length > 0
        || !string.IsNullOrEmpty(target.UserInfo) || !Uri.TryCreate($"{request.Scheme}://{request.Host}", UriKind.Absolute, out var origin)
        || !string.Equals(target.GetLeftPart(UriPartial.Authority), origin.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            ? null
            : target;
}
