using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants.Settings;

/// <summary>
/// A tenant's settings as saved, through the tenant cache (every writer invalidates it): a resolver that asks once per
/// period of a series costs no query after the first.
/// </summary>
public sealed class TenantSettingValues(TenantCache cache, PlatformDbContext db)
{
    public Task<string?> ValueAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync($"setting:{tenantId}:{name}", async () =>
            (await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken))?.Settings.GetValueOrDefault(name));
}
