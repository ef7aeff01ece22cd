using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Campaigns;
using Algoritma.Platform.Features.Requests;
using NodaTime;

namespace Algoritma.Platform.Tests.Features.Campaigns;

/// <summary>Progress against hand-counted rows. Counts are (started, completed, digital completed, rejected, within SLA).</summary>
public sealed class CampaignProgressCalculatorTests
{
    // 10 days, 11–20 January 2027; so the baseline window is 1–10 January.
    private static CampaignView TwoWaves(decimal target = 0.75m) => new()
    {
        Name = "Ayo Online", GoalMetric = CampaignGoalMetric.DigitalTakeUp, Target = target,
        Units = ["64.72.01", "64.72.02.1001"], From = new DateOnly(2027, 1, 11), To = new DateOnly(2027, 1, 20),
        Waves =
        [
            new("Gelombang 1", new DateOnly(2027, 1, 11), ["64.72.01"]),
            new("Gelombang 2", new DateOnly(2027, 1, 16), ["64.72.02.1001"]),
        ],
    };

    private static readonly LocalDate Today = new(2027, 1, 18);

    private static UnitDayUsage Counter(string unit, int day, long completed, int month = 1, int year = 2027) =>
        new(unit, new LocalDate(year, month, day), Channel.Counter, new UsageCounts(completed, completed, 0, 0, completed));

    private static UnitDayUsage Online(string unit, int day, long completed, int month = 1, int year = 2027) =>
        new(unit, new LocalDate(year, month, day), Channel.Online, new UsageCounts(completed, completed, completed, 0, completed));

    private static readonly UnitDayUsage[] Rows =
    [
        // baseline window, 1–10 January: campaign units 2 digital of 20 completed
        Counter("64.72.01.1001", 5, 8), Online("64.72.01.1001", 5, 2), Counter("64.72.02.1001", 10, 10),
        Online("64.72.03.1001", 5, 5), // not a campaign unit: not in the baseline
        Online("64.72.01.1001", 31, 100, month: 12, year: 2026), // before the baseline window

        // wave 1 joined on the 11th: 6 of 10 (a kelurahan of the campaign's kecamatan)
        Online("64.72.01.1002", 12, 6), Counter("64.72.01.1002", 12, 4),

        // wave 2 before it joins on the 16th: 1 of 10; after: 3 of 5
        Counter("64.72.02.1001", 13, 9), Online("64.72.02.1001", 13, 1),
        Online("64.72.02.1001", 16, 3), Counter("64.72.02.1001", 16, 2),

        // outside the campaign in the same days: 1 of 10, and 0 of 10 at 64.72.010.1 (not inside 64.72.01)
        Online("64.72.03.1001", 14, 1), Counter("64.72.03.1001", 14, 9), Counter("64.72.010.1", 12, 10),

        Online("64.72.01.1001", 19, 50), // after today
    ];

    [Fact]
    public void Baseline_current_gap_and_uplift_match_hand_counts()
    {
        var progress = CampaignProgressCalculator.Compute(TwoWaves(), Rows, Today);

        Assert.Equal(0.1m, progress.Baseline);    // 2 / 20
        Assert.Equal(0.6m, progress.Current);     // joined unit-days 11–18 Jan: (6 + 3) / (10 + 5)
        Assert.Equal(0.75m, progress.Target);
        Assert.Equal(0.15m, progress.Gap);        // 0.75 − 0.6
        Assert.False(progress.TargetReached);
        Assert.Equal(0.5333m, progress.Uplift);   // 0.6 − (1 + 1 + 0) / 30 = 0.6 − 0.0667
    }

    [Fact]
    public void Each_wave_compares_its_own_units_before_and_after_joining()
    {
        var waves = CampaignProgressCalculator.Compute(TwoWaves(), Rows, Today).Waves;

        Assert.Equal(
            [
                new WaveProgress("Gelombang 1", new LocalDate(2027, 1, 11), 1, 0.2m, 0.6m),   // 2/10 in the baseline; 6/10 after
                new WaveProgress("Gelombang 2", new LocalDate(2027, 1, 16), 1, 0.05m, 0.6m),  // (0 + 1)/(10 + 10) before the 16th; 3/5 after
            ],
            waves);
    }

    [Fact]
    public void Reaching_the_target_exactly_counts_as_reached()
    {
        var progress = CampaignProgressCalculator.Compute(TwoWaves(target: 0.6m), Rows, Today);

        Assert.True(progress.TargetReached);
        Assert.Equal(0m, progress.Gap);
    }

    [Fact]
    public void Before_the_campaign_starts_there_is_a_baseline_but_no_current_gap_or_uplift()
    {
        var progress = CampaignProgressCalculator.Compute(TwoWaves(), Rows, new LocalDate(2027, 1, 10));

        Assert.Equal(0.1m, progress.Baseline);
        Assert.Null(progress.Current);
        Assert.Null(progress.Gap);
        Assert.Null(progress.Uplift);
        Assert.False(progress.TargetReached);
    }

    [Fact]
    public void After_the_campaign_ends_only_its_days_count_and_without_unjoined_days_there_is_no_uplift()
    {
        // 2 days, 11–12 January, no waves: every unit joins on the first day; the baseline is 9–10 January
        var campaign = new CampaignView
        {
            GoalMetric = CampaignGoalMetric.CompletionRate, Target = 0.7m, Units = ["64.72.01.1001"],
            From = new DateOnly(2027, 1, 11), To = new DateOnly(2027, 1, 12),
        };
        UnitDayUsage Row(int day, long started, long completed) =>
            new("64.72.01.1001", new LocalDate(2027, 1, day), Channel.Counter, new UsageCounts(started, completed, 0, 0, 0));

        var progress = CampaignProgressCalculator.Compute(campaign, [Row(8, 9, 9), Row(9, 5, 1), Row(12, 4, 3), Row(13, 10, 0)], new LocalDate(2027, 2, 1));

        Assert.Equal(0.2m, progress.Baseline);    // 1 / 5 on the 9th (the 8th is before the window)
        Assert.Equal(0.75m, progress.Current);    // 3 / 4 (the 13th is after the campaign)
        Assert.Equal(-0.05m, progress.Gap);
        Assert.True(progress.TargetReached);
        Assert.Null(progress.Uplift);
        Assert.Empty(progress.Waves);
    }

    [Fact]
    public void Sla_compliance_is_the_goal_metric_the_adoption_metrics_define()
    {
        var campaign = TwoWaves();
        campaign.GoalMetric = CampaignGoalMetric.SlaCompliance;
        var row = new UnitDayUsage("64.72.01", new LocalDate(2027, 1, 12), Channel.Counter, new UsageCounts(4, 4, 0, 0, 3));

        Assert.Equal(0.75m, CampaignProgressCalculator.Compute(campaign, [row], Today).Current);
    }

    [Fact]
    public void The_rows_read_run_from_the_baseline_window_to_today_or_the_last_day()
    {
        Assert.Equal((new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 19)), CampaignProgressCalculator.RowsWindow(TwoWaves(), Today));
        Assert.Equal((new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 21)), CampaignProgressCalculator.RowsWindow(TwoWaves(), new LocalDate(2027, 6, 1)));
        Assert.Equal((new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 1)), CampaignProgressCalculator.RowsWindow(TwoWaves(), new LocalDate(2026, 11, 1)));
    }
}
