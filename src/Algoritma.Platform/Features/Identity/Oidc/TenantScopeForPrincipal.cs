using Algoritma.MultiTenancy;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>Enters the tenant a token, client or login belongs to (the platform scope for platform admins).</summary>
public sealed class TenantScopeForPrincipal(ITenantStore tenants, CurrentTenant current)
{
    /// <summary>Null when the tenant is unknown or disabled: then nothing of it may be used.</summary>
    public async Task<TenantInfo?> FindAsync(string? tenantId, CancellationToken cancellationToken) =>
        tenantId is null ? null : await tenants.FindByIdAsync(tenantId, cancellationToken) is { Enabled: true } tenant ? tenant : null;

    public IDisposable Enter(TenantInfo? tenant) => tenant is null ? current.BeginPlatformScope() : current.BeginScope(tenant);
}
