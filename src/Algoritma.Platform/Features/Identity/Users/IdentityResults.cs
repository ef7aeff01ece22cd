using Microsoft.AspNetCore.Identity;

namespace Algoritma.Platform.Features.Identity.Users;

internal static class IdentityResults
{
    public static async Task ThrowIfFailed(this Task<IdentityResult> result, string? subject = null) =>
        (await result).ThrowIfFailed(subject);

    /// <summary>For steps already validated: a failure here is a bug or a race, not user input.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string? subject = null)
    {
        if (!result.Succeeded)
        {
            var prefix = subject is null ? string.Empty : $"{subject}: ";
            throw new InvalidOperationException(prefix + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
