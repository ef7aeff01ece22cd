using System.Buffers.Text;
using System.Text;

namespace Algoritma.GraphQL.Server.Relay;

/// <summary>Opaque node ids: base64url of <c>Type:key</c>.</summary>
public static class GlobalId
{
    public static string Encode(string type, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{type}:{key}"));

    public static bool TryDecode(string id, out string type, out string key)
    {
        type = key = string.Empty;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
            var separator = text.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0)
            {
                return false;
            }

            (type, key) = (text[..separator], text[(separator + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
