namespace Algoritma.MultiTenancy;

/// <summary>
/// The explicit way for background work (daemon, simulator, CLI) to enter a tenant:
/// <c>await tenants.RunAsync("samarinda", () => ...)</c>, or <c>using (tenants.BeginScope(tenant))</c> with a
/// tenant already found. (A scope cannot be begun inside an async lookup: the ambient value would not flow
/// back to the caller.)
/// </summary>
public sealed class TenantScopes(ITenantStore store, CurrentTenant current)
{
    public async Task<TenantInfo> FindEnabledAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await store.FindByIdAsync(tenantId, cancellationToken) is { Enabled: true } tenant
            ? tenant
            : throw new TenantNotFoundException(tenantId);

    public IDisposable BeginScope(TenantInfo tenant) => current.BeginScope(tenant);

    public async Task<T> RunAsync<T>(string tenantId, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        var tenant = await FindEnabledAsync(tenantId, cancellationToken);
        using (current.BeginScope(tenant))
        {
            return await work();
        }
    }
}
