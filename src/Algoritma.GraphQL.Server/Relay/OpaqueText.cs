using System.Buffers.Text;
using System.Text;

namespace Algoritma.GraphQL.Server.Relay;

/// <summary>The base64url text inside global ids and cursors, decoded strictly: no NUL, only valid UTF-8.</summary>
internal static class OpaqueText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    /// <summary>The decoded text, or null when <paramref name="opaque"/> is not something <see cref="Encode"/> made.</summary>
    public static string? TryDecode(string? opaque)
    {
        if (string.IsNullOrEmpty(opaque))
        {
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(Base64Url.DecodeFromChars(opaque));
            return text.Length == 0 || text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (FormatException)
        {
            return null; // not base64url
        }
        catch (DecoderFallbackException)
        {
            return null; // not UTF-8
        }
    }
}
