using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Catalog;

/// <summary>
/// The services of the tenant in scope with their current standards, by code, as a submission needs them. A city's
/// catalog changes a few times a year and every change goes through <see cref="CatalogAdministration"/>, which
/// invalidates the tenant cache they are kept in (30 s for another replica's change). The entries are shared: read only.
/// </summary>
public sealed class TenantServices(TenantCache cache, PlatformDbContext db, CurrentTenant current)
{
    public async Task<ServiceWithStandard?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(code);

    private Task<IReadOnlyDictionary<string, ServiceWithStandard>> AllAsync(CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<IReadOnlyDictionary<string, ServiceWithStandard>>($"services:{current.Required.Id}", async () =>
            (await db.Services.AsNoTracking().WithCurrentStandard(db.ServiceVersions).ToListAsync(cancellationToken))
                .ToDictionary(o => o.Service.Code, StringComparer.Ordinal));
}
