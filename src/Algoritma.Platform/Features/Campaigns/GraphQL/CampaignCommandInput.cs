
namespace Algoritma.Platform.Features.Campaigns.GraphQL;

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
