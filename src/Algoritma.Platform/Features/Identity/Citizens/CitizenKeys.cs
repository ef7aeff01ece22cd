using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Identity.Citizens;

/// <summary>The tenant's analytics keys: HMAC(tenant secret, NIK), with the secret created on first use and kept encrypted.</summary>
public sealed class CitizenKeys(PlatformDbContext db, IDataProtectionProvider protection)
{
    private const string SecretProtectionPurpose = "Algoritma.Tenants.AnalyticsSecret.v1";

    public async Task<string> KeyForAsync(string normalizedNik, CancellationToken cancellationToken) =>
        CitizenAnalyticsKey.Compute(await SecretAsync(cancellationToken), normalizedNik);

    /// <summary>The analytics key of a registered citizen account (none for any other), as a query to compose.</summary>
    public IQueryable<string> KeyOfUser(Guid userId) =>
        db.Set<CitizenProfile>().Where(p => p.UserId == userId).Select(p => p.AnalyticsKey);

    private async Task<byte[]> SecretAsync(CancellationToken cancellationToken)
    {
        var protector = protection.CreateProtector(SecretProtectionPurpose);
        var stored = await db.Set<TenantSecret>().FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return protector.Unprotect(Convert.FromBase64String(stored.ProtectedAnalyticsSecret));
        }

        var secret = CitizenAnalyticsKey.NewTenantSecret();
        db.Add(new TenantSecret { ProtectedAnalyticsSecret = Convert.ToBase64String(protector.Protect(secret)) });
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }
}
