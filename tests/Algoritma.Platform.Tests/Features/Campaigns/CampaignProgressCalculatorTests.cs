using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Campaigns;
using Algoritma.Platform.Features.Catalog;
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

    [Fact]
    public void The_target_is_judged_on_the_last_four_complete_weeks_and_the_since_launch_figure_keeps_its_own_name()
    {
        // Monday 4 January to 30 June 2027; today is Wednesday 3 March, so the window is Monday 1 to Sunday 28 February
        var campaign = new CampaignView
        {
            GoalMetric = CampaignGoalMetric.DigitalTakeUp, Target = 0.6m, Units = ["64.72.01.1001"],
            From = new DateOnly(2027, 1, 4), To = new DateOnly(2027, 6, 30),
        };
        UnitDayUsage[] rows =
        [
            Online("64.72.01.1001", 5, 20), Counter("64.72.01.1001", 5, 80),                         // January: 20 of 100
            Online("64.72.01.1001", 10, 13, month: 2), Counter("64.72.01.1001", 10, 7, month: 2),  // February: 13 of 20
            Counter("64.72.01.1001", 1, 50, month: 3),                                              // this week, not complete
        ];

        var progress = CampaignProgressCalculator.Compute(campaign, rows, new LocalDate(2027, 3, 3));
        var lastWeek = CampaignProgressCalculator.Compute(campaign, rows, new LocalDate(2027, 3, 3), windowWeeks: 1);

        Assert.Equal(new ProgressWindow(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 28), 4), progress.Window);
        Assert.Equal(0.65m, progress.Current);
        Assert.True(progress.TargetReached);
        Assert.Equal(-0.05m, progress.Gap);
        Assert.Equal(0.1941m, progress.SinceLaunch);  // 33 / 170
        Assert.Null(lastWeek.Current);                 // nothing completed 22–28 February
        Assert.False(lastWeek.TargetReached);
    }

    [Fact]
    public void The_window_of_an_ended_campaign_ends_on_its_last_day_and_a_campaign_younger_than_a_week_has_none()
    {
        var campaign = TwoWaves(); // Monday 11 to Wednesday 20 January 2027

        Assert.Equal(new ProgressWindow(new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 20), 4),
            CampaignProgressCalculator.TrailingWindow(campaign, new LocalDate(2027, 3, 1), 4));
        Assert.Equal(new ProgressWindow(new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 17), 4),
            CampaignProgressCalculator.TrailingWindow(campaign, Today, 4));
        Assert.Null(CampaignProgressCalculator.TrailingWindow(campaign, new LocalDate(2027, 1, 14), 4));
    }

    [Fact]
    public void Uplift_compares_kecamatan_offices_with_offices_and_kelurahan_with_kelurahan()
    {
        // the office of 64.72.01 and one of its kelurahan join; 64.72.01.1002 stays outside (its kecamatan names its office only)
        var campaign = new CampaignView
        {
            GoalMetric = CampaignGoalMetric.DigitalTakeUp, Target = 0.6m, Units = ["64.72.01", "64.72.01.1001"],
            From = new DateOnly(2027, 1, 11), To = new DateOnly(2027, 1, 20),
        };
        UnitDayUsage[] rows =
        [
            Online("64.72.01", 12, 3), Counter("64.72.01", 12, 1),                  // joined office: 0.75
            Online("64.72.01.1001", 12, 6), Counter("64.72.01.1001", 12, 4),        // joined kelurahan: 0.6
            Online("64.72.02", 12, 1), Counter("64.72.02", 12, 9),                  // office not joined: 0.1
            Online("64.72.01.1002", 12, 2), Counter("64.72.01.1002", 12, 8),        // kelurahan not joined: 0.2
        ];

        var progress = CampaignProgressCalculator.Compute(campaign, rows, Today);

        Assert.Equal(
            [new LevelUplift(UnitLevel.Kecamatan, 0.75m, 0.1m, 0.65m), new LevelUplift(UnitLevel.Kelurahan, 0.6m, 0.2m, 0.4m)],
            progress.UpliftByLevel);
        Assert.Equal(0.4714m, progress.Uplift);  // (0.65 × 4 + 0.4 × 10) / 14 completed on the joined side
        Assert.Equal(0.6429m, progress.Current);  // 9 / 14
    }
}
