using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.Platform.GraphQL;

/// <summary>Global ids of a tenant's row with a string key: the tenant is part of the id, so no id resolves in another tenant.</summary>
internal sealed class TenantKeyIds(string nodeType)
{
    public string NodeType => nodeType;

    public string Encode(string tenantId, string key) => GlobalId.Encode(nodeType, $"{tenantId}:{key}");

    /// <summary>The row's key inside a node resolver's <paramref name="nodeKey"/>, when it names the tenant in scope.</summary>
    public string? KeyWithin(string nodeKey, string? tenantId) =>
        tenantId is not null && nodeKey.StartsWith(tenantId + ":", StringComparison.Ordinal) && nodeKey.Length > tenantId.Length + 1
            ? nodeKey[(tenantId.Length + 1)..]
            : null;
}
