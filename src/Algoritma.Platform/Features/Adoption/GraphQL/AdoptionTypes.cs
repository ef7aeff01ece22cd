using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Features.Satisfaction;
using Algoritma.Platform.GraphQL;
using GraphQL.Types;
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
        type.Field<NonNullGraphType<LongGraphType>>("started").Description("Requests submitted.").Resolve(c => counts(c.Source).Started);
        type.Field<NonNullGraphType<LongGraphType>>("completed").Description("Requests completed.").Resolve(c => counts(c.Source).Completed);
        type.Field<NonNullGraphType<LongGraphType>>("digitalCompleted").Description("Completed through ONLINE, KIOSK or ASSISTED.").Resolve(c => counts(c.Source).DigitalCompleted);
        type.Field<NonNullGraphType<LongGraphType>>("rejected").Resolve(c => counts(c.Source).Rejected);
        type.Field<NonNullGraphType<LongGraphType>>("completedWithinSla").Resolve(c => counts(c.Source).CompletedWithinSla);
        type.Field<DecimalGraphType>("digitalTakeUp").Description("Digital completed ÷ all completed; null when nothing was completed.")
            .Resolve(c => AdoptionMetrics.DigitalTakeUp(counts(c.Source)));
        type.Field<DecimalGraphType>("completionRate").Description("Completed ÷ started.").Resolve(c => AdoptionMetrics.CompletionRate(counts(c.Source)));
        type.Field<DecimalGraphType>("slaCompliance").Description("Completed within the SLA ÷ completed.").Resolve(c => AdoptionMetrics.SlaCompliance(counts(c.Source)));
    }

    public static double Hours(Duration duration) => Math.Round(duration.TotalHours, 2);
}

public sealed class ProcessingTimeType : ObjectGraphType<ProcessingTime>
{
    public ProcessingTimeType()
    {
        Name = "ProcessingTime";
        Field(p => p.Channel).Description("ONLINE, KIOSK, ASSISTED, COUNTER, or DIGITAL for the three digital channels together.");
        Field(p => p.Completed);
        Field<NonNullGraphType<FloatGraphType>>("medianHours").Description("From submission to completion, elapsed hours.").Resolve(c => UsageFields.Hours(c.Source.Median));
        Field<NonNullGraphType<FloatGraphType>>("p90Hours").Resolve(c => UsageFields.Hours(c.Source.P90));
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
        Field<FloatGraphType>("timeSavedHours").Description("Median counter time minus median digital time.")
            .Resolve(c => c.Source.TimeSaved is { } saved ? UsageFields.Hours(saved) : null);
        Field<IkmResultType>("ikm").Description("IKM of the ratings given in the period; null when nobody answered.")
            .ResolveAsync(async c => c.Source.Satisfaction is { Responses: > 0 } sums
                ? IkmCalculator.Compute(sums, await AdoptionFields.RoundingAsync(c))
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
        Field(u => u.Rank, nullable: true).Description("1 is best; null when the unit has no value for the metric.");
        Field(u => u.UnitCode);
        Field<Regions.GraphQL.RegionInterface>("unit").Resolve(c => c.Service<Regions.GraphQL.RegionByCodeLoader>().Load(c.Source.UnitCode));
        Field(u => u.Value, nullable: true).Description("The metric's value: a ratio 0–1 or a count.");
        UsageFields.Add(this, u => u.Counts);
    }
}
