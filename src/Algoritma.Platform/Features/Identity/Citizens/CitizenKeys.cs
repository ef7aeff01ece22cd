using System.Security.Cryptography;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Identity.Citizens;

/// <summary>
/// The tenant's analytics keys: HMAC(tenant secret, NIK), with the secret created on first use and kept encrypted. A
/// citizen's own key travels sealed in their access token, so their ONLINE submissions need no lookup. The secret is
/// read once per scope and tenant (a batch of simulated counter submissions asks for thousands of keys).
/// </summary>
public sealed class CitizenKeys(PlatformDbContext db, IDataProtectionProvider protection, CurrentTenant current, UnsealedCitizenKeys unsealed)
{
    private const string SecretProtectionPurpose = "Algoritma.Tenants.AnalyticsSecret.v1";
    private const string ClaimProtectionPurpose = "Algoritma.Citizens.KeyClaim.v1";

    private static readonly Func<PlatformDbContext, Guid, CancellationToken, Task<string?>> KeyOfUserQuery = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid userId, CancellationToken _) => db.Set<CitizenProfile>().Where(p => p.UserId == userId).Select(p => p.AnalyticsKey).FirstOrDefault());

    private readonly Dictionary<string, byte[]> _secrets = [];

    public async Task<string> KeyForAsync(string normalizedNik, CancellationToken cancellationToken) =>
        CitizenAnalyticsKey.Compute(await SecretAsync(cancellationToken), normalizedNik);

    /// <summary>The analytics key of a registered citizen account (none for any other); compiled, as every citizen sign-in asks.</summary>
    public Task<string?> KeyOfUserAsync(Guid userId, CancellationToken cancellationToken) => KeyOfUserQuery(db, userId, cancellationToken);

    /// <summary>
    /// The key of the signed-in citizen <paramref name="userId"/>: from their token's sealed claim, or (a token issued
    /// before the claim existed, or one that no longer opens) from their profile.
    /// </summary>
    public async Task<string?> KeyOfCallerAsync(Caller caller, Guid userId, CancellationToken cancellationToken) =>
        Unseal(caller.SealedCitizenKey) ?? await KeyOfUserAsync(userId, cancellationToken);

    /// <summary>The claim value that carries <paramref name="key"/> in an access token.</summary>
    public string Seal(string key) => ClaimProtector.Protect(key);

    private IDataProtector ClaimProtector => protection.CreateProtector(ClaimProtectionPurpose);

    private string? Unseal(string? sealedKey) => sealedKey is null ? null : unsealed.Open(sealedKey, Open);

    private string? Open(string sealedKey)
    {
        try
        {
            return ClaimProtector.Unprotect(sealedKey);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private async Task<byte[]> SecretAsync(CancellationToken cancellationToken)
    {
        var tenantId = current.Required.Id;
        if (!_secrets.TryGetValue(tenantId, out var secret))
        {
            secret = await ReadOrCreateSecretAsync(cancellationToken);
            _secrets[tenantId] = secret;
        }

        return secret;
    }

    private async Task<byte[]> ReadOrCreateSecretAsync(CancellationToken cancellationToken)
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
