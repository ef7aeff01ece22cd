using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Features.Satisfaction;
using Algoritma.Platform.Features.Satisfaction.GraphQL;
using Algoritma.Platform.Features.Tenants.Settings;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

public sealed class GranularityType : EnumerationGraphType<Granularity>
{
    public GranularityType()
    {
        Name = "Granularity";
        Description = "Period length: DAY, WEEK (ISO, from Monday) or MONTH, in the tenant's local days.";
    }
}

public sealed class RankingMetricType : EnumerationGraphType<RankingMetric>
{
    public RankingMetricType() => Name = "AdoptionMetric";
}

/// <summary>The counts of one period or unit and the KPIs derived from them.</summary>
internal static class UsageFields
{
    public static void Add<T>(ObjectGraphType<T> type, Func<T, UsageCounts> counts)
    {
        type.Field<NonNullGraphType<LongGraphType>>("started").Description("Requests submitted, on the day of submission.").Resolve(c => counts(c.Source).Started);
        type.Field<NonNullGraphType<LongGraphType>>("submitted").Description("Requests submitted, on the day of submission (the same as started).")
            .Resolve(c => counts(c.Source).Started);
        type.Field<NonNullGraphType<LongGraphType>>("digitalSubmitted").Description("Submitted through ONLINE, KIOSK or ASSISTED, on the day of submission.")
            .Resolve(c => counts(c.Source).DigitalSubmitted);
        type.Field<DecimalGraphType>("digitalSubmittedShare").Description("Digital submitted ÷ all submitted, by day of submission; null when none.")
            .Resolve(c => AdoptionMetrics.DigitalSubmittedShare(counts(c.Source)));
        type.Field<NonNullGraphType<LongGraphType>>("completed").Description("Requests completed, on the day of completion.").Resolve(c => counts(c.Source).Completed);
        type.Field<NonNullGraphType<LongGraphType>>("digitalCompleted").Description("Completed through ONLINE, KIOSK or ASSISTED.").Resolve(c => counts(c.Source).DigitalCompleted);
        type.Field<NonNullGraphType<LongGraphType>>("rejected").Resolve(c => counts(c.Source).Rejected);
        type.Field<NonNullGraphType<LongGraphType>>("completedWithinSla").Resolve(c => counts(c.Source).CompletedWithinSla);
        type.Field<DecimalGraphType>("digitalTakeUp").Description("Digital completed ÷ all completed; null when nothing was completed.")
            .Resolve(c => AdoptionMetrics.DigitalTakeUp(counts(c.Source)));
        type.Field<DecimalGraphType>("completionRate").Description("Completed ÷ started.").Resolve(c => AdoptionMetrics.CompletionRate(counts(c.Source)));
        type.Field<DecimalGraphType>("slaCompliance").Description("Completed within the SLA ÷ completed.").Resolve(c => AdoptionMetrics.SlaCompliance(counts(c.Source)));
    }

    public static double Hours(Duration duration) => Math.Round(duration.TotalHours, 2);

    public static double? Hours(Duration? duration) => duration is { } d ? Hours(d) : null;
}

public sealed class ProcessingChannelEnum() : StringEnumGraphType("ProcessingChannel", "A channel, or the digital channels together, that processing times are measured over.",
    ("ONLINE", "ONLINE", "Submitted online by the citizen."),
    ("KIOSK", "KIOSK", "Submitted at a self-service kiosk."),
    ("ASSISTED", "ASSISTED", "Submitted by an officer for the citizen."),
    ("COUNTER", "COUNTER", "Served at the walk-in counter."),
    ("DIGITAL", "DIGITAL", "ONLINE, KIOSK and ASSISTED together."));

public sealed class ProcessingTimeType : ObjectGraphType<ProcessingTime>
{
    public ProcessingTimeType()
    {
        Name = "ProcessingTime";
        Description = "How long the requests completed in a period took, by channel.";
        Field<NonNullGraphType<ProcessingChannelEnum>>("channel").Description("A channel, or DIGITAL for the three digital channels together.").Resolve(c => c.Source.Channel);
        Field(p => p.Completed);
        Field<NonNullGraphType<FloatGraphType>>("medianHours").Description("From submission to completion, elapsed hours.").Resolve(c => UsageFields.Hours(c.Source.Median));
        Field<NonNullGraphType<FloatGraphType>>("p90Hours").Resolve(c => UsageFields.Hours(c.Source.P90));
        Field<FloatGraphType>("medianWorkingHours").Description("From submission to completion, office hours of the tenant's working days only.")
            .Resolve(c => UsageFields.Hours(c.Source.MedianWorking));
        Field<FloatGraphType>("p90WorkingHours").Resolve(c => UsageFields.Hours(c.Source.P90Working));
    }
}

public sealed class AdoptionPointType : ObjectGraphType<AdoptionPoint>
{
    public AdoptionPointType()
    {
        Name = "AdoptionPoint";
        Description = "One period of the adoption series.";
        Field<NonNullGraphType<DateGraphType>>("periodStart").Resolve(c => c.Source.PeriodStart.ToDateTimeUnspecified());
        UsageFields.Add(this, p => p.Counts);
        Field(p => p.ActiveCitizens, nullable: true).Description("Citizens who used a service in the period.");
        Field(p => p.ActiveDigitalCitizens, nullable: true).Description("Citizens who used a digital channel in the period.");
        Field(p => p.NewCitizens, nullable: true).Description("Citizens whose first use ever fell in the period.");
        Field(p => p.NewDigitalCitizens, nullable: true).Description("Citizens whose first digital use fell in the period.");
        Field<ListGraphType<NonNullGraphType<ProcessingTimeType>>>("processingTimes").Resolve(c => c.Source.ProcessingTimes);
        Field(p => p.CounterVisitsAvoided)
            .Description("Digital completions that needed no visit to an office (ONLINE; a kiosk or assisted service is a visit), on the day of completion.");
        Field<NonNullGraphType<DecimalGraphType>>("citizenHoursSaved")
            .Description("counterVisitsAvoided × the tenant's counterVisitHours setting (travel plus queue per counter visit; 1.5 h by default, an assumption).")
            .ResolveAsync(async c => (object?)AdoptionMetrics.CitizenHoursSaved(c.Source.CounterVisitsAvoided, await CounterVisitHours.ReadAsync(c.Service<TenantSettingValues>(), c.RequireTenant().Id, c.CancellationToken)));
        Field<IkmResultType>("ikm").Description("IKM of the ratings given in the period; null when nobody answered.")
            .ResolveAsync(async c => c.Source.Satisfaction is { Responses: > 0 } sums
                ? IkmCalculator.Compute(sums, await TenantIkmRounding.ReadAsync(c.Service<TenantSettingValues>(), c.RequireTenant().Id, c.CancellationToken))
                : null);
    }
}

public sealed class RetentionPeriodType : ObjectGraphType<RetentionPeriod>
{
    public RetentionPeriodType()
    {
        Name = "RetentionPeriod";
        Field(p => p.Offset).Description("Months after the cohort's month (0 = the month itself).");
        Field(p => p.Active).Description("Cohort members who used a service in that month.");
        Field(p => p.Rate).Description("Active ÷ cohort size.");
    }
}

public sealed class RetentionCohortType : ObjectGraphType<RetentionCohort>
{
    public RetentionCohortType()
    {
        Name = "RetentionCohort";
        Field<NonNullGraphType<DateGraphType>>("cohort").Description("The month of first use.").Resolve(c => c.Source.Cohort.ToDateTimeUnspecified());
        Field(c => c.Size);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionPeriodType>>>>("periods").Resolve(c => c.Source.Periods);
    }
}

public sealed class LifecyclePointType : ObjectGraphType<LifecyclePoint>
{
    public LifecyclePointType()
    {
        Name = "LifecyclePoint";
        Description = "Citizens by lifecycle in a period, relative to the period before.";
        Field<NonNullGraphType<DateGraphType>>("periodStart").Resolve(c => c.Source.PeriodStart.ToDateTimeUnspecified());
        Field(p => p.New).Description("First use ever in this period.");
        Field(p => p.Returning).Description("Active in this period and the one before.");
        Field(p => p.Resurrecting).Description("Active now after a period away.");
        Field(p => p.Dormant).Description("Active the period before, not in this one.");
    }
}

public sealed class RankedUnitType : ObjectGraphType<RankedUnit>
{
    public RankedUnitType()
    {
        Name = "RankedUnit";
        Field(u => u.Rank, nullable: true).Description("1 is best; null when the unit has no value for the metric or fewer completed requests than minCompleted.");
        Field(u => u.UnitCode);
        Field<Regions.GraphQL.RegionInterface>("unit").Resolve(c => c.Service<Regions.GraphQL.RegionByCodeLoader>().Load(c.Source.UnitCode));
        Field(u => u.Value, nullable: true).Description("The metric's value: a ratio 0–1 or a count.");
        UsageFields.Add(this, u => u.Counts);
    }
}

public sealed class WeekdaySubmissionsType : ObjectGraphType<WeekdaySubmissions>
{
    public WeekdaySubmissionsType()
    {
        Name = "WeekdaySubmissions";
        Description = "Submissions on one weekday of a period, counted on the tenant-local day of submission.";
        Field<NonNullGraphType<DayOfWeekEnum>>("weekday").Resolve(c => NodaTime.Extensions.IsoDayOfWeekExtensions.ToDayOfWeek(c.Source.Weekday));
        Field<NonNullGraphType<LongGraphType>>("submitted").Resolve(c => c.Source.Counts.Started);
        Field<NonNullGraphType<LongGraphType>>("digitalSubmitted").Description("Through ONLINE, KIOSK or ASSISTED.").Resolve(c => c.Source.Counts.DigitalSubmitted);
        Field(w => w.DigitalShare, nullable: true).Description("digitalSubmitted ÷ submitted; null when nothing was submitted.");
        Field(w => w.PriorityDay).Description("A digital-priority day of the campaign named in the query (false without one).");
    }
}
