using Algoritma.Platform.Features.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace Algoritma.Platform.Features.Identity.Login;

/// <summary>
/// Verifies a password against a hash made once with the hasher real accounts' hashes come from, so a sign-in for an
/// unknown account costs the same time as one for a real account: timing tells nothing.
/// </summary>
internal static class DecoyPasswordCheck
{
    private static readonly PlatformUser Decoy = new() { UserName = "decoy" };
    private static string? _hash;

    /// <summary>Always false; takes as long as checking a real account's password.</summary>
    public static bool Verify(IPasswordHasher<PlatformUser> hasher, string password)
    {
        var hash = _hash ??= hasher.HashPassword(Decoy, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Decoy, hash, password);
        return false;
    }
}
