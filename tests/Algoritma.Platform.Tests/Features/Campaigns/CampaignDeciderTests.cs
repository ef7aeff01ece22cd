using Algoritma.Platform.Features.Campaigns;

namespace Algoritma.Platform.Tests.Features.Campaigns;

/// <summary>Given events → when a command → then events (or every refusal), as the request decider's tests read.</summary>
public sealed class CampaignDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly From = new(2027, 1, 4);
    private static readonly DateOnly To = new(2027, 3, 31);
    private static readonly string[] Units = ["64.72.01", "64.72.02.1001", "64.72.02.1002"];

    private static readonly CampaignWave[] Waves =
    [
        new("Gelombang 1", From, ["64.72.01"]),
        new("Gelombang 2", new DateOnly(2027, 2, 1), ["64.72.02.1001", "64.72.02.1002"]),
    ];

    private static LaunchCampaign Launch(
        string name = "Ayo Online", decimal target = 0.60m, string[]? units = null, DateOnly? from = null, DateOnly? to = null, CampaignWave[]? waves = null) =>
        new(Guid.NewGuid(), name, CampaignGoalMetric.DigitalTakeUp, target, units ?? Units, from ?? From, to ?? To, waves ?? Waves,
            [DayOfWeek.Thursday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Tuesday], "program_manager", Now);

    private static readonly CampaignLaunched Launched = (CampaignLaunched)CampaignDecider.Decide(Launch(), null).Events[0];
    private static readonly CampaignClosed Closed = new(null, Now);

    private static CampaignDecision When(CampaignCommand command, params object[] given) =>
        CampaignDecider.Decide(command, CampaignDecider.Fold(given));

    private static T ThenEvent<T>(CampaignDecision decision)
    {
        Assert.True(decision.Accepted, string.Join("; ", decision.Errors));
        return Assert.IsType<T>(Assert.Single(decision.Events));
    }

    private static void ThenRefused(CampaignDecision decision, params string[] codes)
    {
        Assert.False(decision.Accepted);
        Assert.Empty(decision.Events);
        Assert.Equal(codes.Order(), decision.Errors.Select(e => e.Code).Distinct().Order());
    }

    private static RecordCampaignActivity Activity(DateOnly? date = null, string unit = "64.72.01.1001", int attendance = 25) =>
        new(CampaignActivityKind.Sosialisasi, date ?? new DateOnly(2027, 1, 12), unit, attendance, " Balai kelurahan ", Now);

    [Fact]
    public void A_launch_keeps_its_plan_with_priority_days_ordered_once_each()
    {
        var launched = ThenEvent<CampaignLaunched>(When(Launch(name: "  Ayo Online  ")));

        Assert.Equal("Ayo Online", launched.Name);
        Assert.Equal(0.60m, launched.TargetValue);
        Assert.Equal(Units, launched.Units);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], launched.PriorityDays);
        Assert.Equal(2, launched.Waves.Count);
    }

    [Fact]
    public void An_open_campaign_records_activities_revises_its_target_and_closes_once()
    {
        var activity = ThenEvent<CampaignActivityRecorded>(When(Activity(), Launched));
        Assert.Equal("Balai kelurahan", activity.Note);
        Assert.Equal("64.72.01.1001", activity.UnitCode); // a kelurahan of a campaign kecamatan

        var revised = ThenEvent<CampaignTargetRevised>(When(new ReviseCampaignTarget(0.7m, "Gelombang 1 melampaui target", Now), Launched, activity));
        Assert.Equal(0.7m, revised.NewTarget);

        ThenEvent<CampaignClosed>(When(new CloseCampaign("Selesai", Now), Launched, activity, revised));
    }

    [Fact]
    public void A_closed_campaign_takes_no_activity_no_revision_and_no_second_close()
    {
        ThenRefused(When(Activity(), Launched, Closed), CampaignDecider.CampaignIsClosed);
        ThenRefused(When(new ReviseCampaignTarget(0.7m, "naik", Now), Launched, Closed), CampaignDecider.CampaignIsClosed);
        ThenRefused(When(new CloseCampaign(null, Now), Launched, Closed), CampaignDecider.AlreadyClosed);
    }

    [Fact]
    public void A_campaign_is_launched_once() => ThenRefused(When(Launch(), Launched), CampaignDecider.AlreadyLaunched);

    [Theory]
    [InlineData("2027-01-03", "64.72.01.1001", 10, CampaignDecider.ActivityOutsidePeriod)]
    [InlineData("2027-04-01", "64.72.01.1001", 10, CampaignDecider.ActivityOutsidePeriod)]
    [InlineData("2027-01-12", "64.72.03.1001", 10, CampaignDecider.ActivityUnitNotInCampaign)]
    [InlineData("2027-01-12", "64.72.02", 10, CampaignDecider.ActivityUnitNotInCampaign)] // the kecamatan is wider than its two campaign villages
    [InlineData("2027-01-12", "64.72.01.1001", -1, CampaignDecider.InvalidAttendance)]
    public void A_bad_activity_is_refused_precisely(string date, string unit, int attendance, string code) =>
        ThenRefused(When(Activity(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), unit, attendance), Launched), code);

    [Fact]
    public void Activities_on_the_first_and_last_day_with_nobody_attending_are_fine()
    {
        ThenEvent<CampaignActivityRecorded>(When(Activity(From, attendance: 0), Launched));
        ThenEvent<CampaignActivityRecorded>(When(Activity(To, "64.72.02.1002"), Launched));
    }

    [Theory]
    [InlineData(0, "x", CampaignLaunchRules.InvalidTarget)]
    [InlineData(1.01, "x", CampaignLaunchRules.InvalidTarget)]
    [InlineData(0.5, " ", CampaignDecider.ReasonRequired)]
    public void A_bad_revision_is_refused(double target, string reason, string code) =>
        ThenRefused(When(new ReviseCampaignTarget((decimal)target, reason, Now), Launched), code);

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.0001)]
    public void The_target_is_a_ratio_above_zero_and_at_most_one(double target) =>
        ThenRefused(When(Launch(target: (decimal)target)), CampaignLaunchRules.InvalidTarget);

    [Fact]
    public void A_target_of_exactly_one_is_allowed() => ThenEvent<CampaignLaunched>(When(Launch(target: 1m)));

    [Fact]
    public void Every_broken_launch_rule_is_reported_at_once()
    {
        var decision = When(Launch(name: " ", target: 0m, units: [], from: To, to: From, waves: []));

        ThenRefused(decision, CampaignLaunchRules.NameRequired, CampaignLaunchRules.InvalidTarget, CampaignLaunchRules.InvalidPeriod, CampaignLaunchRules.UnitsRequired);
        Assert.Contains(decision.Errors, e => e.Code == CampaignLaunchRules.InvalidPeriod && e.Field == "to");
    }

    [Fact]
    public void A_one_day_period_is_refused_from_must_be_before_to() =>
        ThenRefused(When(Launch(from: From, to: From, waves: [])), CampaignLaunchRules.InvalidPeriod);

    [Fact]
    public void A_kecamatan_next_to_its_own_kelurahan_names_its_office_only()
    {
        ThenEvent<CampaignLaunched>(When(Launch(units: ["64.72.01", "64.72.01.1001"], waves: [])));
        string[] units = ["64.72.01", "64.72.01.1001"];

        Assert.Equal("64.72.01", CampaignUnits.CoveringUnit(units, "64.72.01"));
        Assert.Equal("64.72.01.1001", CampaignUnits.CoveringUnit(units, "64.72.01.1001"));
        Assert.Null(CampaignUnits.CoveringUnit(units, "64.72.01.1002"));
        Assert.Equal("64.72.01", CampaignUnits.CoveringUnit(["64.72.01"], "64.72.01.1002"));
    }

    [Fact]
    public void Units_of_no_wave_join_on_the_first_day_so_waves_are_optional()
    {
        ThenEvent<CampaignLaunched>(When(Launch(waves: [])));
        ThenEvent<CampaignLaunched>(When(Launch(waves: [Waves[1]])));
    }

    public static TheoryData<CampaignWave[], string> BadWaves => new()
    {
        { [new("Gelombang 1", From, ["64.72.03"])], CampaignLaunchRules.WaveUnitNotInCampaign },
        { [new("Gelombang 1", From.AddDays(-1), ["64.72.01"])], CampaignLaunchRules.WaveOutsidePeriod },
        { [new("Gelombang 1", To.AddDays(1), ["64.72.01"])], CampaignLaunchRules.WaveOutsidePeriod },
        { [Waves[1], Waves[0]], CampaignLaunchRules.WavesNotOrdered },
        { [Waves[0], Waves[0] with { Name = "Ulang" }], CampaignLaunchRules.WavesNotOrdered },
        { [Waves[0], Waves[1] with { Units = ["64.72.01", "64.72.02.1001"] }], CampaignLaunchRules.UnitInTwoWaves },
        { [new(" ", From, ["64.72.01"])], CampaignLaunchRules.WaveNameRequired },
        { [new("Kosong", From, [])], CampaignLaunchRules.WaveUnitsRequired },
    };

    [Theory]
    [MemberData(nameof(BadWaves))]
    public void A_bad_wave_plan_is_refused_precisely(CampaignWave[] waves, string code)
    {
        var decision = When(Launch(waves: waves));

        Assert.Contains(decision.Errors, e => e.Code == code && e.Field == "waves");
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Folding_the_stream_knows_whether_the_campaign_is_open()
    {
        Assert.Null(CampaignDecider.Fold([]));
        Assert.Equal(CampaignStatus.Open, CampaignDecider.Fold([Launched, new CampaignTargetRevised(0.7m, "x", Now)])!.Status);
        Assert.Equal(CampaignStatus.Closed, CampaignDecider.Fold([Launched, Closed])!.Status);
    }
}
