using System.Security.Cryptography;
using System.Text;

namespace Algoritma.Platform.Features.Identity.Citizens;

/// <summary>The pseudonymous key analytics and events carry instead of a NIK: HMAC-SHA256(tenant secret, NIK).</summary>
public static class CitizenAnalyticsKey
{
    public const int SecretLength = 32;

    public static string Compute(ReadOnlySpan<byte> tenantSecret, string normalizedNik)
    {
        if (tenantSecret.Length < SecretLength)
        {
            throw new ArgumentException($"The tenant secret must be at least {SecretLength} bytes.", nameof(tenantSecret));
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(tenantSecret, Encoding.UTF8.GetBytes(normalizedNik)));
    }

    public static byte[] NewTenantSecret() => RandomNumberGenerator.GetBytes(SecretLength);
}
