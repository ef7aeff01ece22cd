
namespace Algoritma.Platform.Features.Campaigns.GraphQL;

public sealed class CampaignWaveInputType : InputObjectGraphType<CampaignWave>
{
    public CampaignWaveInputType()
    {
        Name = "CampaignWaveInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<DateGraphType>>("startsOn").Description("Within the campaign period; waves in order of their start.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("units").Description("Campaign units, each in one wave at most.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new CampaignWave((string)value["name"]!, ScalarValues.Day(value["startsOn"]), ScalarValues.Strings(value["units"]));
}

public sealed class LaunchCampaignInputType : InputObjectGraphType<LaunchCampaignInput>
{
    public LaunchCampaignInputType()
    {
        Name = "LaunchCampaignInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("At most 200 characters.");
        Field<NonNullGraphType<CampaignGoalMetricEnum>>("goalMetric");
        Field<NonNullGraphType<DecimalGraphType>>("target").Description("A ratio above 0 and at most 1, e.g. 0.60.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("units").Description("Kecamatan or kelurahan/desa codes of this tenant (at most 1000).");
        Field<NonNullGraphType<DateGraphType>>("from").Description("First day (tenant-local), 2000-01-01 at the earliest.");
        Field<NonNullGraphType<DateGraphType>>("to").Description("Last day (tenant-local), after 'from', at most 1830 days later and 2099-12-31 at the latest.");
        Field<ListGraphType<NonNullGraphType<CampaignWaveInputType>>>("waves").Description("Rollout waves (at most 50); units of no wave join on 'from'.");
        Field<ListGraphType<NonNullGraphType<DayOfWeekEnum>>>("priorityDays").Description("Days of the week the campaign pushes hardest.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new LaunchCampaignInput(
        (string)value["name"]!, (CampaignGoalMetric)value["goalMetric"]!, Convert.ToDecimal(value["target"], System.Globalization.CultureInfo.InvariantCulture),
        ScalarValues.Strings(value["units"]), ScalarValues.Day(value["from"]), ScalarValues.Day(value["to"]),
        value.TryGetValue("waves", out var waves) && waves is IEnumerable<object?> w ? [.. w.Cast<CampaignWave>()] : [],
        value.TryGetValue("priorityDays", out var days) && days is IEnumerable<object?> d ? [.. d.Cast<DayOfWeek>()] : []);
}

/// <summary><c>launchCampaign(input: LaunchCampaignInput!): CampaignPayload!</c></summary>
internal sealed class LaunchCampaignMutation() : ServiceMutation<CampaignPayloadType, LaunchCampaignInputType, LaunchCampaignInput, CampaignHandler, CampaignPayload>(
    "launchCampaign", "Launches a campaign: goal metric and target, units, period, waves and priority days.", CampaignAccess.Roles,
    (handler, input, caller, ct) => handler.LaunchAsync(input, caller, ct));
