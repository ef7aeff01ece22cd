using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Platform.Features.Campaigns;

/// <summary>A wave's goal metric over its own units, before and after they joined.</summary>
public sealed record WaveProgress(string Name, LocalDate StartsOn, int Units, decimal? Before, decimal? After);

/// <summary>Joined against not-yet-joined units of one level (kecamatan offices, or kelurahan/desa) over the same days.</summary>
public sealed record LevelUplift(UnitLevel Level, decimal? Joined, decimal? NotJoined, decimal? Uplift);

/// <summary>The trailing window progress is judged on: [From, To], tenant-local days, both included.</summary>
public sealed record ProgressWindow(LocalDate From, LocalDate To, int Weeks);

/// <summary>Where a campaign stands on its goal metric; a ratio of nothing is null, never zero.</summary>
public sealed record CampaignProgress(
    decimal? Baseline, decimal? Current, decimal? SinceLaunch, ProgressWindow? Window, decimal Target, decimal? Gap, bool TargetReached,
    decimal? Uplift, IReadOnlyList<LevelUplift> UpliftByLevel, IReadOnlyList<WaveProgress> Waves);

/// <summary>
/// Campaign progress from daily usage rows, pure. Days are the tenant's local days; the period is [From, To].
/// <list type="bullet">
/// <item>baseline: the campaign units over the window of the campaign's own length (To − From + 1 days) just before From;</item>
/// <item>current: joined unit-days (on or after the unit's join day: its wave's start, else From) in the trailing window, the
/// last <c>weeks</c> complete ISO weeks before today (once the campaign has ended, the weeks ending on its last day), never
/// before From; <c>targetReached</c> and <c>gap</c> are judged on it;</item>
/// <item>sinceLaunch: joined unit-days from From to min(today, To);</item>
/// <item>uplift per level: over the since-launch days, the joined unit-days of one level (kecamatan offices, or kelurahan/desa)
/// minus the not-yet-joined unit-days of the same level (units before their wave, and the tenant's units outside the
/// campaign); the overall uplift is their mean weighted by the joined side's volume (the metric's denominator);</item>
/// <item>per wave: its units from the baseline window's first day up to the day before the wave starts (before),
/// and from its start to min(today, To) (after).</item>
/// </list>
/// A row's unit belongs to the campaign unit that covers it (<see cref="CampaignUnits.CoveringUnit"/>).
/// </summary>
public static class CampaignProgressCalculator
{
    public const int DefaultWindowWeeks = 4;

    /// <summary>The days [from, toExclusive) whose rows <see cref="Compute"/> reads.</summary>
    public static (LocalDate From, LocalDate ToExclusive) RowsWindow(CampaignView campaign, LocalDate today)
    {
        var (from, to) = (LocalDate.FromDateOnly(campaign.From), LocalDate.FromDateOnly(campaign.To));
        var end = LocalDate.Min(today, to).PlusDays(1);
        var start = BaselineStart(from, to);
        return (start, end < start ? start : end);
    }

    /// <summary>
    /// The last <paramref name="weeks"/> complete ISO weeks before today, or, once the campaign has ended, the weeks ending
    /// on its last day; clipped to start no earlier than the campaign. Null while no complete day of it lies in the campaign.
    /// </summary>
    public static ProgressWindow? TrailingWindow(CampaignView campaign, LocalDate today, int weeks)
    {
        var (from, to) = (LocalDate.FromDateOnly(campaign.From), LocalDate.FromDateOnly(campaign.To));
        var endExclusive = today > to ? to.PlusDays(1) : AdoptionMetrics.PeriodStart(today, Granularity.Week);
        var start = LocalDate.Max(from, endExclusive.PlusWeeks(-weeks));
        return start < endExclusive ? new ProgressWindow(start, endExclusive.PlusDays(-1), weeks) : null;
    }

    /// <summary>
    /// Every day <see cref="Compute"/> compares a row's day with (day ≥ cut or day &lt; cut): rows of days between two cuts
    /// may be summed into one row on any of those days without changing the answer.
    /// </summary>
    public static IReadOnlyCollection<LocalDate> Cuts(CampaignView campaign, LocalDate today, int windowWeeks = DefaultWindowWeeks)
    {
        var (from, to) = (LocalDate.FromDateOnly(campaign.From), LocalDate.FromDateOnly(campaign.To));
        var window = TrailingWindow(campaign, today, windowWeeks);
        return new[] { BaselineStart(from, to), from, LocalDate.Min(today, to).PlusDays(1) }
            .Concat(window is null ? [] : [window.From, window.To.PlusDays(1)])
            .Concat(campaign.Units.Select(u => LocalDate.FromDateOnly(campaign.JoinDay(u))))
            .Concat(campaign.Waves.Select(w => LocalDate.FromDateOnly(w.StartsOn)))
            .ToHashSet();
    }

    public static CampaignProgress Compute(CampaignView campaign, IReadOnlyList<UnitDayUsage> rows, LocalDate today, int windowWeeks = DefaultWindowWeeks)
    {
        var metric = MetricOf(campaign.GoalMetric);
        var (from, to) = (LocalDate.FromDateOnly(campaign.From), LocalDate.FromDateOnly(campaign.To));
        var baselineStart = BaselineStart(from, to);
        var end = LocalDate.Min(today, to);
        var window = TrailingWindow(campaign, today, windowWeeks);
        var covering = rows.Select(r => r.UnitCode).Distinct().ToDictionary(u => u, u => CampaignUnits.CoveringUnit(campaign.Units, u));
        var joinDays = campaign.Units.ToDictionary(u => u, u => LocalDate.FromDateOnly(campaign.JoinDay(u)));
        var units = rows.Select(r => (Row: r, Unit: covering[r.UnitCode])).ToList();

        bool InPeriod(LocalDate day) => day >= from && day <= end;
        bool Joined((UnitDayUsage Row, string? Unit) r) => r.Unit is { } unit && r.Row.Day >= joinDays[unit];

        var baseline = metric(Sum(units.Where(r => r.Unit is not null && r.Row.Day >= baselineStart && r.Row.Day < from)));
        var current = window is null ? null : metric(Sum(units.Where(r => r.Row.Day >= window.From && r.Row.Day <= window.To && Joined(r))));
        var sinceLaunch = metric(Sum(units.Where(r => InPeriod(r.Row.Day) && Joined(r))));
        var levels = LevelUplifts(campaign.GoalMetric, [.. units.Where(r => InPeriod(r.Row.Day)).Select(r => (r.Row, Joined(r)))]);
        var waves = campaign.Waves.Select(wave =>
        {
            var startsOn = LocalDate.FromDateOnly(wave.StartsOn);
            var own = units.Where(r => r.Unit is { } unit && wave.Units.Contains(unit)).ToList();
            return new WaveProgress(wave.Name, startsOn, wave.Units.Count,
                metric(Sum(own.Where(r => r.Row.Day >= baselineStart && r.Row.Day < startsOn))),
                metric(Sum(own.Where(r => r.Row.Day >= startsOn && r.Row.Day <= end))));
        }).ToList();

        return new CampaignProgress(baseline, current, sinceLaunch, window, campaign.Target, campaign.Target - current, current >= campaign.Target,
            WeightedUplift(levels.Select(l => l.Uplift)),
            [.. levels.Select(l => l.Level)], waves);
    }

    public static Func<UsageCounts, decimal?> MetricOf(CampaignGoalMetric goal) => goal switch
    {
        CampaignGoalMetric.DigitalTakeUp => AdoptionMetrics.DigitalTakeUp,
        CampaignGoalMetric.CompletionRate => AdoptionMetrics.CompletionRate,
        CampaignGoalMetric.SlaCompliance => AdoptionMetrics.SlaCompliance,
        _ => throw new ArgumentOutOfRangeException(nameof(goal), goal, "Unknown goal metric."),
    };

    /// <summary>What the goal metric divides by: the volume that weighs a level's uplift.</summary>
    public static long DenominatorOf(CampaignGoalMetric goal, UsageCounts counts) =>
        goal == CampaignGoalMetric.CompletionRate ? counts.Started : counts.Completed;

    private static List<(LevelUplift Level, (decimal Value, long Weight)? Uplift)> LevelUplifts(
        CampaignGoalMetric goal, IReadOnlyList<(UnitDayUsage Row, bool Joined)> rows)
    {
        var metric = MetricOf(goal);
        return [.. new[] { UnitLevel.Kecamatan, UnitLevel.Kelurahan }.Select(level =>
        {
            var own = rows.Where(r => CampaignUnits.LevelOf(r.Row.UnitCode) == level).ToList();
            var joined = Total(own.Where(r => r.Joined));
            var (joinedValue, notJoinedValue) = (metric(joined), metric(Total(own.Where(r => !r.Joined))));
            var uplift = joinedValue - notJoinedValue;
            return (new LevelUplift(level, joinedValue, notJoinedValue, uplift),
                uplift is { } value ? (value, DenominatorOf(goal, joined)) : ((decimal, long)?)null);
        })];
    }

    /// <summary>The levels' uplifts weighted by their joined volume; null when no level has both sides.</summary>
    private static decimal? WeightedUplift(IEnumerable<(decimal Value, long Weight)?> uplifts)
    {
        var known = uplifts.OfType<(decimal Value, long Weight)>().Where(u => u.Weight > 0).ToList();
        return known.Count == 0 ? null
            : Math.Round(known.Sum(u => u.Value * u.Weight) / known.Sum(u => u.Weight), 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>The baseline window is as long as the campaign's whole period and ends the day before it starts.</summary>
    private static LocalDate BaselineStart(LocalDate from, LocalDate to) => from.PlusDays(-(Period.DaysBetween(from, to) + 1));

    private static UsageCounts Total(IEnumerable<(UnitDayUsage Row, bool Joined)> rows) =>
        rows.Aggregate(UsageCounts.Zero, (total, r) => total.Plus(r.Row.Counts));

    private static UsageCounts Sum(IEnumerable<(UnitDayUsage Row, string? Unit)> rows) =>
        rows.Aggregate(UsageCounts.Zero, (total, r) => total.Plus(r.Row.Counts));
}
