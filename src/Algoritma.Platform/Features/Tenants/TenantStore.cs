using Algoritma.MultiTenancy;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Tenants;

/// <summary>
/// Tenants from PostgreSQL, cached for a short while; writers call <see cref="TenantCache.Invalidate"/>. The request's
/// context is taken only on a cache miss: a context made once the tenant is resolved connects through its tenant's pool.
/// </summary>
internal sealed class TenantStore(IServiceProvider services, TenantCache cache) : ITenantStore
{
    public Task<TenantInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"id:{id}", async () => (await Tenants.FirstOrDefaultAsync(t => t.Id == id, cancellationToken))?.ToInfo());

    public Task<TenantInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"host:{host}", async () => (await Tenants.FirstOrDefaultAsync(t => t.Hosts.Contains(host), cancellationToken))?.ToInfo());

    private IQueryable<Tenant> Tenants => services.GetRequiredService<PlatformDbContext>().Tenants.AsNoTracking();
}

/// <summary>
/// The tenant lookups of this process, and what is derived from a tenant's settings and reference data (its working
/// calendar, its units). Entries live 30 seconds, so another replica's change is seen within that time; a change made
/// here is seen at once.
/// </summary>
public sealed class TenantCache(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private int _generation;

    public void Invalidate() => Interlocked.Increment(ref _generation);

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
    {
        var cacheKey = $"tenant:{Volatile.Read(ref _generation)}:{key}";
        if (cache.TryGetValue(cacheKey, out T? cached))
        {
            return cached!;
        }

        var value = await load();
        cache.Set(cacheKey, value, Lifetime);
        return value;
    }
}
