using System.Security.Cryptography;
using System.Text;

namespace Algoritma.Platform.Features.Requests;

internal static class RequestIds
{
    private static readonly TenantStreamIds Ids = new("ServiceRequest");

    public static string NodeType => Ids.NodeType;

    public static string Encode(string tenantId, Guid id) => Ids.Encode(tenantId, id);

    public static Guid? Decode(string globalId, string tenantId) => Ids.Decode(globalId, tenantId);

    /// <summary>The same idempotency key from the same caller always names the same stream.</summary>
    public static Guid ForIdempotencyKey(string tenantId, string caller, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}\n{caller}\n{key}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom, name-based
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
