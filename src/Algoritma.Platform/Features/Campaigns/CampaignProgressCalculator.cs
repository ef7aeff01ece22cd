using Algoritma.Platform.Features.Adoption;
using NodaTime;

namespace Algoritma.Platform.Features.Campaigns;

/// <summary>A wave's goal metric over its own units, before and after they joined.</summary>
public sealed record WaveProgress(string Name, LocalDate StartsOn, int Units, decimal? Before, decimal? After);

/// <summary>Where a campaign stands on its goal metric; a ratio of nothing is null, never zero.</summary>
public sealed record CampaignProgress(
    decimal? Baseline, decimal? Current, decimal Target, decimal? Gap, bool TargetReached, decimal? Uplift, IReadOnlyList<WaveProgress> Waves);

/// <summary>
/// Campaign progress from daily usage rows, pure. Days are the tenant's local days; the period is [From, To].
/// <list type="bullet">
/// <item>baseline: the campaign units over the window of the campaign's own length (To − From + 1 days) just before From;</item>
/// <item>current: campaign unit-days on or after the unit's join day (its wave's start, else From), from From to min(today, To);</item>
/// <item>uplift: current − the metric over not-yet-joined unit-days of the same days (campaign units before their wave,
/// and the tenant's units outside the campaign); null when either side has no data;</item>
/// <item>per wave: its units from the baseline window's first day up to the day before the wave starts (before),
/// and from its start to min(today, To) (after).</item>
/// </list>
/// A row's unit belongs to a campaign unit when equal to it or inside it (a kecamatan covers its kelurahan/desa).
/// </summary>
public static class CampaignProgressCalculator
{
    /// <summary>The days [from, toExclusive) whose rows <see cref="Compute"/> reads.</summary>
    public static (LocalDate From, LocalDate ToExclusive) RowsWindow(CampaignView campaign, LocalDate today)
    {
        var (from, to) = (LocalDate.FromDateOnly(campaign.From), LocalDate.FromDateOnly(campaign.To));
        var end = LocalDate.Min(today, to).PlusDays(1);
        var start = BaselineStart(from, to);
        return (start, end < start ? start : end);
    }

    public static CampaignProgress Compute(CampaignView campaign, IReadOnlyList<UnitDayUsage> rows, LocalDate today)
    {
        var metric = MetricOf(campaign.GoalMetric);
        var (from, to) = (LocalDate.FromDateOnly(campaign.From), LocalDate.FromDateOnly(campaign.To));
        var baselineStart = BaselineStart(from, to);
        var end = LocalDate.Min(today, to);
        var units = rows.Select(r => (Row: r, Unit: CampaignUnits.CoveringUnit(campaign.Units, r.UnitCode))).ToList();

        bool InPeriod(LocalDate day) => day >= from && day <= end;
        bool Joined((UnitDayUsage Row, string? Unit) r) => r.Unit is { } unit && r.Row.Day >= LocalDate.FromDateOnly(campaign.JoinDay(unit));

        var baseline = metric(Sum(units.Where(r => r.Unit is not null && r.Row.Day >= baselineStart && r.Row.Day < from)));
        var current = metric(Sum(units.Where(r => InPeriod(r.Row.Day) && Joined(r))));
        var notJoined = metric(Sum(units.Where(r => InPeriod(r.Row.Day) && !Joined(r))));
        var waves = campaign.Waves.Select(wave =>
        {
            var startsOn = LocalDate.FromDateOnly(wave.StartsOn);
            var own = units.Where(r => r.Unit is { } unit && wave.Units.Contains(unit)).ToList();
            return new WaveProgress(wave.Name, startsOn, wave.Units.Count,
                metric(Sum(own.Where(r => r.Row.Day >= baselineStart && r.Row.Day < startsOn))),
                metric(Sum(own.Where(r => r.Row.Day >= startsOn && r.Row.Day <= end))));
        }).ToList();

        return new CampaignProgress(baseline, current, campaign.Target, campaign.Target - current, current >= campaign.Target,
            current - notJoined, waves);
    }

    public static Func<UsageCounts, decimal?> MetricOf(CampaignGoalMetric goal) => goal switch
    {
        CampaignGoalMetric.DigitalTakeUp => AdoptionMetrics.DigitalTakeUp,
        CampaignGoalMetric.CompletionRate => AdoptionMetrics.CompletionRate,
        CampaignGoalMetric.SlaCompliance => AdoptionMetrics.SlaCompliance,
        _ => throw new ArgumentOutOfRangeException(nameof(goal), goal, "Unknown goal metric."),
    };

    /// <summary>The baseline window is as long as the campaign's whole period and ends the day before it starts.</summary>
    private static LocalDate BaselineStart(LocalDate from, LocalDate to) => from.PlusDays(-(Period.DaysBetween(from, to) + 1));

    private static UsageCounts Sum(IEnumerable<(UnitDayUsage Row, string? Unit)> rows) =>
        rows.Aggregate(UsageCounts.Zero, (total, r) => total.Plus(r.Row.Counts));
}
