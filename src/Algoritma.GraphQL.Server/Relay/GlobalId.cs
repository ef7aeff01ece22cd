namespace Algoritma.GraphQL.Server.Relay;

/// <summary>Opaque node ids: base64url of <c>Type:key</c>.</summary>
public static class GlobalId
{
    public static string Encode(string type, string key) => OpaqueText.Encode($"{type}:{key}");

    /// <summary>False for anything <see cref="Encode"/> did not make: not base64url, not UTF-8, a NUL, no type.</summary>
    public static bool TryDecode(string? id, out string type, out string key)
    {
        type = key = string.Empty;
        var text = OpaqueText.TryDecode(id);
        var separator = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || separator <= 0)
        {
            return false;
        }

        (type, key) = (text[..separator], text[(separator + 1)..]);
        return true;
    }
}
