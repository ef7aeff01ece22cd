namespace Algoritma.Platform.Features.Satisfaction;

/// <summary>The rounding policy a tenant's settings name.</summary>
public static class TenantIkmRounding
{
    public static async Task<IkmRounding> ReadAsync(Persistence.PlatformDbContext db, string tenantId, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.FindAsync([tenantId], cancellationToken);
        return IkmRoundingSetting.Parse(tenant?.Settings.GetValueOrDefault("ikmRounding"));
    }
}
