namespace Algoritma.MultiTenancy;

/// <summary>Where tenants are looked up; the platform backs it with PostgreSQL.</summary>
public interface ITenantStore
{
    Task<TenantInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    Task<TenantInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default);
}
