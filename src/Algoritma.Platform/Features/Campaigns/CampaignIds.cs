
namespace Algoritma.Platform.Features.Campaigns;

internal static class CampaignIds
{
    public static readonly TenantStreamIds Ids = new("Campaign");

    public static string NodeType => Ids.NodeType;

    public static string Encode(string tenantId, Guid id) => Ids.Encode(tenantId, id);

    public static Guid? Decode(string globalId, string tenantId) => Ids.Decode(globalId, tenantId);
}
