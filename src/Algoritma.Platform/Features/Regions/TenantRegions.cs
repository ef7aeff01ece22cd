using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Regions;

/// <summary>
/// The tenant's kecamatan, kelurahan and desa as rows, by code, kept in the tenant cache: the regions tree and region
/// lookups read them without a query (a city has tens to a few hundred units). Onboarding, re-import and a details update
/// invalidate the cache (30 s for another replica's change). The rows are shared: nothing may change them.
/// </summary>
public sealed class TenantRegions(TenantCache cache, PlatformDbContext db, CurrentTenant current)
{
    public Task<IReadOnlyList<RegionUnit>> AllAsync(CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<IReadOnlyList<RegionUnit>>($"regions:{current.Required.Id}", async () =>
            [.. (await db.RegionUnits.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(u => u.Code, StringComparer.Ordinal)]);
}
