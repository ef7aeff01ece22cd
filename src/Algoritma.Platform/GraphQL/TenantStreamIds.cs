using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.Platform.GraphQL;

/// <summary>Global ids of an event stream's read model: the tenant is part of the id, so no id resolves in another tenant.</summary>
internal sealed class TenantStreamIds(string nodeType)
{
    public string NodeType => nodeType;

    public string Encode(string tenantId, Guid id) => GlobalId.Encode(nodeType, $"{tenantId}:{id:N}");

    /// <summary>The stream id, when the global id names this type and the tenant in scope.</summary>
    public Guid? Decode(string globalId, string tenantId) =>
        GlobalId.TryDecode(globalId, out var type, out var key) && type == nodeType
        && key.StartsWith(tenantId + ":", StringComparison.Ordinal) && Guid.TryParseExact(key[(tenantId.Length + 1)..], "N", out var id)
            ? id
            : null;
}
