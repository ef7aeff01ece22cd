using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// A user's access token carries a digest of their security stamp, which ASP.NET Core Identity renews on every security
/// change (disabling, roles, unit, password): a token issued before the change no longer matches. A digest, because a
/// JWT is readable by its client and the stamp itself also keys Identity's one-time codes.
/// </summary>
public static class SecurityStamps
{
    public const string Claim = "stamp";

    public static string? Digest(string? securityStamp) =>
        securityStamp is null ? null : Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(securityStamp)).AsSpan(0, 12));
}
