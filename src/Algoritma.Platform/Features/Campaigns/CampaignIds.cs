using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.Platform.Features.Campaigns;

internal static class CampaignIds
{
    public const string NodeType = "Campaign";

    public static string Encode(string tenantId, Guid id) => GlobalId.Encode(NodeType, $"{tenantId}:{id:N}");

    /// <summary>The campaign's stream id, when the global id names this type and the tenant in scope.</summary>
    public static Guid? Decode(string globalId, string tenantId) =>
        GlobalId.TryDecode(globalId, out var type, out var key) && type == NodeType
        && key.StartsWith(tenantId + ":", StringComparison.Ordinal) && Guid.TryParseExact(key[(tenantId.Length + 1)..], "N", out var id)
            ? id
            : null;
}
