using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Algoritma.MultiTenancy.Resolution;

/// <summary>One way of reading the tenant from a request; the first that answers wins.</summary>
public interface ITenantStrategy
{
    TenantIdentifier? Identify(HttpContext context);
}

/// <summary><c>/t/{tenant}/...</c></summary>
public sealed class RouteTenantStrategy(string parameterName = "tenant") : ITenantStrategy
{
    public TenantIdentifier? Identify(HttpContext context) =>
        context.GetRouteValue(parameterName) is string { Length: > 0 } id ? TenantIdentifier.ById(id) : null;
}

/// <summary><c>{tenant}.localhost</c> names the tenant by id; any other host may be one a tenant configured.</summary>
public sealed class HostTenantStrategy(IReadOnlySet<string> platformHosts) : ITenantStrategy
{
    private const string LocalhostSuffix = ".localhost";

    public TenantIdentifier? Identify(HttpContext context)
    {
        var host = context.Request.Host.Host.ToLowerInvariant();
        if (host.EndsWith(LocalhostSuffix, StringComparison.Ordinal))
        {
            return TenantIdentifier.ById(host[..^LocalhostSuffix.Length]);
        }

        return host.Length == 0 || platformHosts.Contains(host) || IsIpAddress(host) ? null : TenantIdentifier.ByHost(host);
    }

    private static bool IsIpAddress(string host) => System.Net.IPAddress.TryParse(host, out _);
}

/// <summary><c>X-Tenant: samarinda</c></summary>
public sealed class HeaderTenantStrategy(string headerName = "X-Tenant") : ITenantStrategy
{
    public TenantIdentifier? Identify(HttpContext context) =>
        context.Request.Headers[headerName].ToString() is { Length: > 0 } id ? TenantIdentifier.ById(id.Trim()) : null;
}
