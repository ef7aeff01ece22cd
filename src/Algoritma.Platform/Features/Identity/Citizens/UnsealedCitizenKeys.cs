using Algoritma.Platform.Features.Identity.Oidc;
using Microsoft.Extensions.Caching.Memory;

namespace Algoritma.Platform.Features.Identity.Citizens;

/// <summary>
/// Citizen keys opened from their tokens' sealed claim, by the sealed value, for as long as
/// <see cref="AuthenticatedTokens"/> remembers a token. A citizen sends the same token with every submission, and opening
/// the claim again (a key derivation, a MAC and a decryption) was a twentieth of a submission's CPU. Opening is a pure
/// function of the sealed value under the key ring, so remembering it changes nothing but for a data-protection key
/// withdrawn within the last <see cref="AuthenticatedTokens.Lifetime"/>, as for the tokens. A value that does not open is
/// not remembered.
/// </summary>
public sealed class UnsealedCitizenKeys : IDisposable
{
    private const int MaxKeys = 20_000;

    private readonly MemoryCache _keys = new(new MemoryCacheOptions { SizeLimit = MaxKeys });

    /// <summary>The key <paramref name="sealedKey"/> holds: remembered, or opened by <paramref name="open"/> (null when it does not open).</summary>
    public string? Open(string sealedKey, Func<string, string?> open)
    {
        if (_keys.TryGetValue(sealedKey, out string? key))
        {
            return key;
        }

        key = open(sealedKey);
        if (key is not null)
        {
            _keys.Set(sealedKey, key, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = AuthenticatedTokens.Lifetime });
        }

        return key;
    }

    public void Dispose() => _keys.Dispose();
}
