
namespace Algoritma.Platform.Features.Campaigns.GraphQL;

public sealed class CloseCampaignInputType : CampaignCommandInputType
{
    public CloseCampaignInputType()
        : base("CloseCampaignInput") => Field<StringGraphType>("summary").Description("At most 2000 characters.");
}

/// <summary><c>closeCampaign(input: CloseCampaignInput!): CampaignPayload!</c></summary>
internal sealed class CloseCampaignMutation() : ServiceMutation<CampaignPayloadType, CloseCampaignInputType, CampaignCommandInput, CampaignHandler, CampaignPayload>(
    "closeCampaign", "Closes the campaign, once. Stale expectedVersion: CONFLICT.", CampaignAccess.Roles,
    (handler, i, _, ct) => handler.CloseAsync(handler.IdOf(i.CampaignId), i.ExpectedVersion, i.Summary, ct));
