using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Requests.Sla;

/// <summary>
/// The working calendar of the tenant in scope, kept beside its tenant entry: onboarding, the only writer of a
/// tenant's settings, invalidates it (30 s for another replica's change).
/// </summary>
public sealed class TenantCalendars(TenantCache cache, PlatformDbContext db, CurrentTenant current)
{
    public Task<WorkingCalendar> CurrentAsync(CancellationToken cancellationToken)
    {
        var tenantId = current.Required.Id;
        return cache.GetOrLoadAsync($"calendar:{tenantId}", async () =>
            WorkingCalendar.Of(await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == tenantId, cancellationToken)));
    }
}
