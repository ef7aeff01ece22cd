
namespace Algoritma.Platform.Features.Campaigns.GraphQL;

public sealed class ReviseCampaignTargetInputType : CampaignCommandInputType
{
    public ReviseCampaignTargetInputType()
        : base("ReviseCampaignTargetInput")
    {
        Field<NonNullGraphType<DecimalGraphType>>("newTarget").Description("A ratio above 0 and at most 1.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("At most 2000 characters.");
    }
}

/// <summary><c>reviseCampaignTarget(input: ReviseCampaignTargetInput!): CampaignPayload!</c></summary>
internal sealed class ReviseCampaignTargetMutation() : ServiceMutation<CampaignPayloadType, ReviseCampaignTargetInputType, CampaignCommandInput, CampaignHandler, CampaignPayload>(
    "reviseCampaignTarget", "Revises an open campaign's target, with a reason. Stale expectedVersion: CONFLICT.", CampaignAccess.Roles,
    (handler, i, _, ct) => handler.ReviseTargetAsync(handler.IdOf(i.CampaignId), i.ExpectedVersion, i.NewTarget!.Value, i.Reason!, ct));
