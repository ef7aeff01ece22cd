
namespace Algoritma.Platform.Features.Campaigns.GraphQL;

public sealed class RecordCampaignActivityInputType : CampaignCommandInputType
{
    public RecordCampaignActivityInputType()
        : base("RecordCampaignActivityInput")
    {
        Field<NonNullGraphType<CampaignActivityKindEnum>>("kind");
        Field<NonNullGraphType<DateGraphType>>("date").Description("Within the campaign period (tenant-local).");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("A campaign unit, or a kelurahan/desa of a campaign kecamatan.");
        Field<NonNullGraphType<IntGraphType>>("attendance").Description("How many people took part; 0 to 100000.");
        Field<StringGraphType>("note").Description("At most 2000 characters.");
    }
}

/// <summary><c>recordCampaignActivity(input: RecordCampaignActivityInput!): CampaignPayload!</c></summary>
internal sealed class RecordCampaignActivityMutation() : ServiceMutation<CampaignPayloadType, RecordCampaignActivityInputType, CampaignCommandInput, CampaignHandler, CampaignPayload>(
    "recordCampaignActivity", "Records an activity (sosialisasi, training, door to door…) of an open campaign. Stale expectedVersion: CONFLICT.", CampaignAccess.Roles,
    (handler, i, _, ct) => handler.RecordActivityAsync(handler.IdOf(i.CampaignId), i.ExpectedVersion, i.Kind!.Value, i.Date!.Value, i.Unit!, i.Attendance!.Value, i.Note, ct));
