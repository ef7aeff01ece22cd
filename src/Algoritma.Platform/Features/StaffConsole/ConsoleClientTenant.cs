using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Identity.Clients;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>The enabled tenant whose console client <c>{tenant}-console</c> a request names, or null for any other client.</summary>
internal static class ConsoleClientTenant
{
    public static async Task<TenantInfo?> FindAsync(string? clientId, ClientDirectory clients, ITenantStore tenants, CancellationToken cancellationToken)
    {
        if (clientId is null || !clientId.EndsWith(ConsoleClient.Suffix, StringComparison.Ordinal)
            || await clients.FindAsync(clientId, cancellationToken) is not { TenantId: { } tenantId } || clientId != ConsoleClient.IdOf(tenantId))
        {
            return null;
        }

        return await tenants.FindByIdAsync(tenantId, cancellationToken) is { Enabled: true } tenant ? tenant : null;
    }
}
