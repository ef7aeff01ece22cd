using System.Security.Cryptography;

namespace Algoritma.Platform.Features.Requests;

/// <summary>
/// New tracking codes: eight characters, 40 random bits, short enough to read out and too many to guess. Random codes
/// meet a taken one now and then (about once in 20 cities of 350,000 requests each), so the handler draws again.
/// </summary>
public class TrackingCodes
{
    /// <summary>The longest tracking code a lookup accepts (codes are eight characters; spaces around them are trimmed).</summary>
    public const int MaxInputLength = 32;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

    // one draw for the whole code: a draw per character cost eight calls into OpenSSL (each with its fork check)
    public virtual string Next() => RandomNumberGenerator.GetString(Alphabet, 8);
}
