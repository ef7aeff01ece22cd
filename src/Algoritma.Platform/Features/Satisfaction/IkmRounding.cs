using Algoritma.Platform.Features.Tenants.Settings;

namespace Algoritma.Platform.Features.Satisfaction;

/// <summary>The rounding policy a tenant's settings name.</summary>
public static class TenantIkmRounding
{
    public static async Task<IkmRounding> ReadAsync(TenantSettingValues settings, string tenantId, CancellationToken cancellationToken) =>
        IkmRoundingSetting.Parse(await settings.ValueAsync(tenantId, "ikmRounding", cancellationToken));
}
