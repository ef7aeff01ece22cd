using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Regions;

/// <summary>
/// A unit as the catalog and the request commands need it: what it is called, what kind it is, and whether a re-import
/// retired it (its code left the official list: it keeps its history but takes no new work).
/// </summary>
public sealed record UnitSummary(string Code, string Name, RegionKind Kind, bool Retired = false);

/// <summary>
/// The units of the tenant in scope, by code. They are official reference data that only onboarding and re-import change, and
/// both invalidate the tenant cache they are kept in (30 s for another replica's change).
/// </summary>
public sealed class TenantUnits(TenantCache cache, PlatformDbContext db, CurrentTenant current)
{
    public async Task<UnitSummary?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(code);

    private Task<IReadOnlyDictionary<string, UnitSummary>> AllAsync(CancellationToken cancellationToken)
    {
        var tenantId = current.Required.Id;
        return cache.GetOrLoadAsync<IReadOnlyDictionary<string, UnitSummary>>($"units:{tenantId}", async () =>
            (await db.RegionUnits.AsNoTracking().Select(u => new UnitSummary(u.Code, u.Name, u.Kind, u.RetiredAt != null)).ToListAsync(cancellationToken))
                .ToDictionary(u => u.Code, StringComparer.Ordinal));
    }
}
