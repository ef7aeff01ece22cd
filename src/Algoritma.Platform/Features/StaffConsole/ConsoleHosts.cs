using Algoritma.MultiTenancy;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>The host names that are the tenant's own: <c>{tenant}.localhost</c> and the hosts it configured.</summary>
public static class ConsoleHosts
{
    public static bool IsOwnHost(TenantInfo tenant, string host) =>
        string.Equals(host, $"{tenant.Id}.localhost", StringComparison.OrdinalIgnoreCase)
        || tenant.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase);
}
