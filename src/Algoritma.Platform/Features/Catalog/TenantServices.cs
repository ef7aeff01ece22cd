using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Catalog;

/// <summary>
/// The services of the tenant in scope with their current standards, as the public catalog and submissions read them.
/// A city's catalog changes a few times a year and every change goes through <see cref="CatalogAdministration"/>, which
/// invalidates the tenant cache they are kept in (30 s for another replica's change). The entries are shared: read only.
/// </summary>
public sealed class TenantServices(TenantCache cache, PlatformDbContext db, CurrentTenant current)
{
    public async Task<ServiceWithStandard?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await CatalogAsync(cancellationToken)).ByCode.GetValueOrDefault(code);

    /// <summary>Every service, ordered by code (ordinal).</summary>
    public async Task<IReadOnlyList<ServiceWithStandard>> AllAsync(CancellationToken cancellationToken) =>
        (await CatalogAsync(cancellationToken)).Ordered;

    private Task<CachedCatalog> CatalogAsync(CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync($"services:{current.Required.Id}", async () =>
        {
            var services = await db.Services.AsNoTracking().WithCurrentStandard(db.ServiceVersions).ToListAsync(cancellationToken);
            return new CachedCatalog(
                [.. services.OrderBy(s => s.Service.Code, StringComparer.Ordinal)],
                services.ToDictionary(s => s.Service.Code, StringComparer.Ordinal));
        });

    private sealed record CachedCatalog(IReadOnlyList<ServiceWithStandard> Ordered, IReadOnlyDictionary<string, ServiceWithStandard> ByCode);
}
