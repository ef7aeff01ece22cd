using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants.Settings;

/// <summary>
/// A tenant's settings as saved, through the tenant cache (every writer invalidates it): a resolver that asks once per
/// period of a series costs no query after the first.
/// </summary>
public sealed class TenantSettingValues(TenantCache cache, PlatformDbContext db)
{
    public async Task<string?> ValueAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        (await SettingsAsync(tenantId, cancellationToken)).GetValueOrDefault(name);

    private Task<IReadOnlyDictionary<string, string>> SettingsAsync(string tenantId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<IReadOnlyDictionary<string, string>>($"settings:{tenantId}", async () =>
            (await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken))?.Settings ?? new Dictionary<string, string>());
}
