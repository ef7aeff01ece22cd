using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Adoption.Reading;
using NodaTime;

namespace Algoritma.Platform.Features.Campaigns.GraphQL;

public sealed class CampaignGoalMetricEnum : EnumerationGraphType<CampaignGoalMetric>
{
    public CampaignGoalMetricEnum() => Name = "CampaignGoalMetric";
}

public sealed class CampaignActivityKindEnum : EnumerationGraphType<CampaignActivityKind>
{
    public CampaignActivityKindEnum() => Name = "CampaignActivityKind";
}

public sealed class CampaignStatusEnum : EnumerationGraphType<CampaignStatus>
{
    public CampaignStatusEnum() => Name = "CampaignStatus";
}

public sealed class CampaignWaveType : ObjectGraphType<CampaignWave>
{
    public CampaignWaveType()
    {
        Name = "CampaignWave";
        Field(w => w.Name);
        Field<NonNullGraphType<DateGraphType>>("startsOn").Description("The day its units join (tenant-local).").Resolve(c => ScalarValues.Scalar(c.Source.StartsOn));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("units").Resolve(c => c.Source.Units);
    }
}

public sealed class CampaignActivityType : ObjectGraphType<CampaignActivity>
{
    public CampaignActivityType()
    {
        Name = "CampaignActivity";
        Field<NonNullGraphType<CampaignActivityKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateGraphType>>("date").Resolve(c => ScalarValues.Scalar(c.Source.Date));
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(c => c.Source.UnitCode);
        Field(a => a.Attendance);
        Field(a => a.Note, nullable: true);
    }
}

public sealed class TargetChangeType : ObjectGraphType<TargetChange>
{
    public TargetChangeType()
    {
        Name = "CampaignTargetChange";
        Field(t => t.Target);
        Field(t => t.Reason, nullable: true).Description("Null for the target set at launch.");
        Field(t => t.At, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
    }
}

public sealed class WaveProgressType : ObjectGraphType<WaveProgress>
{
    public WaveProgressType()
    {
        Name = "CampaignWaveProgress";
        Field(w => w.Name);
        Field<NonNullGraphType<DateGraphType>>("startsOn").Resolve(c => ScalarValues.Scalar(c.Source.StartsOn.ToDateOnly()));
        Field<NonNullGraphType<IntGraphType>>("units").Description("How many campaign units the wave has.").Resolve(c => c.Source.Units);
        Field(w => w.Before, nullable: true).Description("Its units from the baseline window's start to the day before the wave.");
        Field(w => w.After, nullable: true).Description("Its units from the wave's start to today (or the campaign's end).");
    }
}

public sealed class ProgressWindowType : ObjectGraphType<ProgressWindow>
{
    public ProgressWindowType()
    {
        Name = "CampaignProgressWindow";
        Description = "The trailing window `current` and `targetReached` are judged on (tenant-local days, both included).";
        Field<NonNullGraphType<DateGraphType>>("from").Resolve(c => ScalarValues.Scalar(c.Source.From.ToDateOnly()));
        Field<NonNullGraphType<DateGraphType>>("to").Resolve(c => ScalarValues.Scalar(c.Source.To.ToDateOnly()));
        Field(w => w.Weeks).Description("How many complete ISO weeks (Monday to Sunday) the window spans at most.");
    }
}

public sealed class LevelUpliftType : ObjectGraphType<LevelUplift>
{
    public LevelUpliftType()
    {
        Name = "CampaignLevelUplift";
        Description = "Joined against not-yet-joined units of one level over the since-launch days.";
        Field<NonNullGraphType<Catalog.GraphQL.UnitLevelType>>("level").Resolve(c => c.Source.Level);
        Field(l => l.Joined, nullable: true).Description("Joined unit-days of this level.");
        Field(l => l.NotJoined, nullable: true).Description("Not-yet-joined unit-days of this level (later waves, units outside the campaign).");
        Field(l => l.Uplift, nullable: true).Description("joined − notJoined; null when either side has no data.");
    }
}

public sealed class CampaignProgressType : ObjectGraphType<CampaignProgress>
{
    public CampaignProgressType()
    {
        Name = "CampaignProgress";
        Description = "The goal metric (a ratio 0..1) of the campaign units; null where there is no data.";
        Field(p => p.Baseline, nullable: true).Description("The campaign units over a window as long as the campaign, just before it.");
        Field(p => p.Current, nullable: true)
            .Description("Where the campaign stands now: joined unit-days (on or after their wave's start) in the trailing window.");
        Field(p => p.SinceLaunch, nullable: true).Description("Joined unit-days from the campaign's start to today (or its end).");
        Field<ProgressWindowType>("window").Description("The trailing window; null before the campaign's first complete week.").Resolve(c => c.Source.Window);
        Field(p => p.Target);
        Field(p => p.Gap, nullable: true).Description("target − current.");
        Field(p => p.TargetReached).Description("current ≥ target: judged on the trailing window.");
        Field(p => p.Uplift, nullable: true)
            .Description("The levels' uplifts (upliftByLevel) weighted by their joined volume: each level compared with its own level only.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelUpliftType>>>>("upliftByLevel")
            .Description("KECAMATAN (kecamatan offices) and KELURAHAN (kelurahan/desa), each against the same level.").Resolve(c => c.Source.UpliftByLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WaveProgressType>>>>("waves").Resolve(c => c.Source.Waves);
    }
}

public sealed class CampaignType : ObjectGraphType<CampaignView>
{
    public const int MaxWindowWeeks = 52;

    public CampaignType()
    {
        Name = "Campaign";
        Description = "An adoption campaign of the city: its goal, units, waves, activities and progress.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is CampaignView;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => CampaignIds.Encode(c.Service<CurrentTenant>().Required.Id, c.Source.Id));
        Field(c => c.Name);
        Field<NonNullGraphType<CampaignGoalMetricEnum>>("goalMetric").Resolve(c => c.Source.GoalMetric);
        Field(c => c.Target).Description("The goal metric's target, a ratio above 0 and at most 1.");
        Field(c => c.Units).Description("Kecamatan or kelurahan/desa codes; a kecamatan covers its villages.");
        Field<NonNullGraphType<DateGraphType>>("from").Description("First day (tenant-local).").Resolve(c => ScalarValues.Scalar(c.Source.From));
        Field<NonNullGraphType<DateGraphType>>("to").Description("Last day (tenant-local), included.").Resolve(c => ScalarValues.Scalar(c.Source.To));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignWaveType>>>>("waves")
            .Description("Units of no wave join on the first day.").Resolve(c => c.Source.Waves);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DayOfWeekEnum>>>>("priorityDays").Resolve(c => c.Source.PriorityDays);
        Field<NonNullGraphType<CampaignStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignActivityType>>>>("activities").Resolve(c => c.Source.Activities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetChangeType>>>>("targetHistory").Resolve(c => c.Source.TargetHistory);
        Field(c => c.Version).Description("Name it as expectedVersion in the next command.");
        Field(c => c.LaunchedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        Field<DateTimeOffsetGraphType>("closedAt").Resolve(c => c.Source.ClosedAt);
        Field(c => c.Summary, nullable: true);
        Field<CampaignProgressType>("progress")
            .Description("Progress on the goal metric from the daily usage of the campaign's units, as of today.")
            .Argument<IntGraphType>("window", a =>
            {
                a.DefaultValue = CampaignProgressCalculator.DefaultWindowWeeks;
                a.Description = $"Complete weeks of the trailing window current is judged on, 1–{MaxWindowWeeks}.";
            })
            .ResolveAsync(async c =>
            {
                var weeks = c.GetArgument("window", CampaignProgressCalculator.DefaultWindowWeeks);
                if (weeks is < 1 or > MaxWindowWeeks)
                {
                    throw CodedError.BadUserInput($"The window is 1 to {MaxWindowWeeks} weeks.");
                }

                var tenant = c.Service<CurrentTenant>().Required;
                var now = Instant.FromDateTimeOffset(c.Service<TimeProvider>().GetUtcNow());
                var today = AdoptionMetrics.LocalDay(now, DateTimeZoneProviders.Tzdb[tenant.TimeZone]);
                // kept while the campaign (its version) and the tenant's projected usage stay as they are, for the day
                var question = (nameof(CampaignProgress), c.Source.Id, c.Source.Version, today, weeks);
                return await c.Service<AdoptionReads>().GetOrReadAsync(tenant.Id, AdoptionData.Usage, question, async () =>
                {
                    var (from, toExclusive) = CampaignProgressCalculator.RowsWindow(c.Source, today);
                    var cuts = CampaignProgressCalculator.Cuts(c.Source, today, weeks);
                    var rows = await c.Service<IUnitDayUsageSource>().UnitDaysAsync(from, toExclusive, cuts, c.CancellationToken);
                    return CampaignProgressCalculator.Compute(c.Source, rows, today, weeks);
                }, c.CancellationToken);
            });
    }
}

public sealed class CampaignPayloadType : ObjectGraphType<CampaignPayload>
{
    public CampaignPayloadType()
    {
        Name = "CampaignPayload";
        Field<CampaignType>("campaign").Resolve(c => c.Source.Campaign);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary>Who reads and changes campaigns.</summary>
internal static class CampaignAccess
{
    public static readonly string[] Roles = [Shared.Roles.ProgramManager, Shared.Roles.CityAdmin];
}
