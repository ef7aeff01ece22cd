using System.Security.Cryptography;
using System.Text;

namespace Algoritma.Platform.Features.Identity.Citizens;

/// <summary>
/// Pseudonymous per-tenant key that analytics events carry instead of a NIK:
/// lower-case hex HMAC-SHA256 of the normalized NIK under the tenant's secret. The same NIK
/// gives the same key within a tenant and unrelated keys across tenants.
/// </summary>
public static class CitizenAnalyticsKey
{
    /// <summary>Minimum (and generated) tenant secret length in bytes.</summary>
    public const int SecretLength = 32;

    /// <summary>Computes the key; throws when the secret is shorter than 32 bytes or the NIK is not 16 digits.</summary>
    public static string Compute(ReadOnlySpan<byte> tenantSecret, string normalizedNik)
    {
        ArgumentNullException.ThrowIfNull(normalizedNik);
        if (tenantSecret.Length < SecretLength)
        {
            throw new ArgumentException(
                $"The tenant secret must be at least {SecretLength} bytes; got {tenantSecret.Length}.", nameof(tenantSecret));
        }

        if (normalizedNik.Length != Nik.Length || !normalizedNik.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Expected a normalized NIK of exactly 16 digits.", nameof(normalizedNik));
        }

        Span<byte> data = stackalloc byte[Nik.Length];
        Encoding.UTF8.GetBytes(normalizedNik, data);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(tenantSecret, data, mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>A new random 32-byte tenant secret.</summary>
    public static byte[] NewTenantSecret() => RandomNumberGenerator.GetBytes(SecretLength);
}
