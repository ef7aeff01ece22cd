namespace Algoritma.MultiTenancy;

/// <summary>The explicit way for background work (daemon, simulator, CLI) to enter a tenant.</summary>
public sealed class TenantScopes(ITenantStore store, CurrentTenant current)
{
    /// <summary><c>using (await tenants.BeginScopeAsync("samarinda")) { ... }</c></summary>
    public async Task<IDisposable> BeginScopeAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var tenant = await store.FindByIdAsync(tenantId, cancellationToken);
        return tenant is { Enabled: true }
            ? current.BeginScope(tenant)
            : throw new TenantNotFoundException(tenantId);
    }
}
