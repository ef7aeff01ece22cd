using GraphQL.Types;

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

/// <summary>A command on an existing campaign: which one, at which version, and its own fields.</summary>
public sealed record CampaignCommandInput(
    string CampaignId, long ExpectedVersion, CampaignActivityKind? Kind, DateOnly? Date, string? Unit, int? Attendance, string? Note,
    decimal? NewTarget, string? Reason, string? Summary);

public abstract class CampaignCommandInputType : InputObjectGraphType<CampaignCommandInput>
{
    protected CampaignCommandInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<LongGraphType>>("expectedVersion").Description("The campaign's version as last read; a stale one gets CONFLICT.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        T? Get<T>(string key) => value.TryGetValue(key, out var v) && v is not null ? (T)v : default;
        return new CampaignCommandInput(
            Convert.ToString(value["campaignId"], System.Globalization.CultureInfo.InvariantCulture)!, Convert.ToInt64(value["expectedVersion"], System.Globalization.CultureInfo.InvariantCulture),
            value.TryGetValue("kind", out var kind) && kind is CampaignActivityKind k ? k : null,
            value.TryGetValue("date", out var date) && date is not null ? ScalarValues.Day(date) : null,
            Get<string>("unit"),
            value.TryGetValue("attendance", out var attendance) && attendance is not null ? Convert.ToInt32(attendance, System.Globalization.CultureInfo.InvariantCulture) : null,
            Get<string>("note"),
            value.TryGetValue("newTarget", out var target) && target is not null ? Convert.ToDecimal(target, System.Globalization.CultureInfo.InvariantCulture) : null,
            Get<string>("reason"), Get<string>("summary"));
    }
}

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

public sealed class ReviseCampaignTargetInputType : CampaignCommandInputType
{
    public ReviseCampaignTargetInputType()
        : base("ReviseCampaignTargetInput")
    {
        Field<NonNullGraphType<DecimalGraphType>>("newTarget").Description("A ratio above 0 and at most 1.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("At most 2000 characters.");
    }
}

public sealed class CloseCampaignInputType : CampaignCommandInputType
{
    public CloseCampaignInputType()
        : base("CloseCampaignInput") => Field<StringGraphType>("summary").Description("At most 2000 characters.");
}

/// <summary>Input lists and days.</summary>
internal static class ScalarValues
{
    public static IReadOnlyList<string> Strings(object? list) => list is IEnumerable<object?> items ? [.. items.Cast<string>()] : [];

    /// <summary>graphql-dotnet's <c>Date</c> scalar parses to a <see cref="DateTime"/> at midnight (and serializes one): the day is what counts.</summary>
    public static DateOnly Day(object? value) => value switch
    {
        DateOnly day => day,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => throw new ArgumentException($"Not a date: {value}", nameof(value)),
    };

    public static DateTime Scalar(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
