using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Platform.Tests.Features.Adoption;

public sealed class AdoptionMetricsTests
{
    [Fact]
    public void Digital_take_up_completion_and_sla_compliance_match_hand_counts()
    {
        // 10 started, 8 completed of which 5 digital and 6 within SLA
        var counts = new UsageCounts(Started: 10, Completed: 8, DigitalCompleted: 5, Rejected: 1, CompletedWithinSla: 6);

        Assert.Equal(0.625m, AdoptionMetrics.DigitalTakeUp(counts));
        Assert.Equal(0.8m, AdoptionMetrics.CompletionRate(counts));
        Assert.Equal(0.75m, AdoptionMetrics.SlaCompliance(counts));
    }

    [Fact]
    public void A_unit_with_nothing_completed_has_no_take_up_rather_than_zero() =>
        Assert.Null(AdoptionMetrics.DigitalTakeUp(UsageCounts.Zero with { Started = 3 }));

    [Fact]
    public void Counts_add_up_across_units() =>
        Assert.Equal(new UsageCounts(3, 2, 1, 0, 2), new UsageCounts(1, 1, 1, 0, 1).Plus(new UsageCounts(2, 1, 0, 0, 1)));

    [Theory]
    [InlineData(Channel.Online, true)]
    [InlineData(Channel.Kiosk, true)]
    [InlineData(Channel.Assisted, true)]
    [InlineData(Channel.Counter, false)]
    public void Assisted_digital_counts_as_digital(Channel channel, bool digital) => Assert.Equal(digital, AdoptionMetrics.IsDigital(channel));

    [Fact]
    public void Median_and_p90_interpolate_between_processing_times()
    {
        var minutes = new[] { 10, 20, 30, 40, 100 }.Select(m => Duration.FromMinutes(m)).ToList();

        // ranks 0..4: median = rank 2 = 30 min; p90 = rank 3.6 = 40 + 0.6 × 60 = 76 min
        Assert.Equal(Duration.FromMinutes(30), AdoptionMetrics.Percentile(minutes, 50));
        Assert.Equal(Duration.FromMinutes(76), AdoptionMetrics.Percentile(minutes, 90));
        Assert.Null(AdoptionMetrics.Percentile([], 50));
    }

    [Fact]
    public void Only_online_completions_avoid_a_visit_and_each_saves_the_tenants_visit_hours()
    {
        Assert.True(AdoptionMetrics.AvoidsVisit(Channel.Online));
        Assert.False(AdoptionMetrics.AvoidsVisit(Channel.Kiosk));
        Assert.False(AdoptionMetrics.AvoidsVisit(Channel.Assisted));
        Assert.False(AdoptionMetrics.AvoidsVisit(Channel.Counter));
        Assert.Equal(45m, AdoptionMetrics.CitizenHoursSaved(30, 1.5m));
        Assert.Equal(0m, AdoptionMetrics.CitizenHoursSaved(0, 1.5m));
    }

    [Theory]
    [InlineData(null, 1.5)]
    [InlineData("2.25", 2.25)]
    [InlineData(" 0.75 ", 0.75)]
    [InlineData("0", 1.5)]
    [InlineData("-1", 1.5)]
    [InlineData("25", 1.5)]
    [InlineData("dua", 1.5)]
    public void Counter_visit_hours_are_a_positive_number_of_hours_else_the_default(string? setting, double hours) =>
        Assert.Equal((decimal)hours, CounterVisitHours.Parse(setting));

    [Fact]
    public void The_digital_share_of_submissions_is_judged_on_the_day_of_submission()
    {
        Assert.Equal(0.25m, AdoptionMetrics.DigitalSubmittedShare(new UsageCounts(8, 0, 0, 0, 0, 2)));
        Assert.Null(AdoptionMetrics.DigitalSubmittedShare(UsageCounts.Zero));
        Assert.Equal(new UsageCounts(3, 2, 1, 0, 1, 3), new UsageCounts(1, 1, 0, 0, 1, 1).Plus(new UsageCounts(2, 1, 1, 0, 0, 2)));
    }

    [Fact]
    public void Days_are_the_tenants_local_days()
    {
        // 2026-03-01 16:30 UTC is already 00:30 on 2 March in Makassar (UTC+8), still 23:30 on 1 March in Jakarta (UTC+7)
        var instant = Instant.FromUtc(2026, 3, 1, 16, 30);

        Assert.Equal(new LocalDate(2026, 3, 2), AdoptionMetrics.LocalDay(instant, DateTimeZoneProviders.Tzdb["Asia/Makassar"]));
        Assert.Equal(new LocalDate(2026, 3, 1), AdoptionMetrics.LocalDay(instant, DateTimeZoneProviders.Tzdb["Asia/Jakarta"]));
    }

    [Theory]
    [InlineData(Granularity.Day, "2026-11-26", "2026-11-26")]
    [InlineData(Granularity.Week, "2026-11-26", "2026-11-23")]
    [InlineData(Granularity.Week, "2026-11-23", "2026-11-23")]
    [InlineData(Granularity.Month, "2026-11-26", "2026-11-01")]
    public void Periods_start_on_the_day_iso_monday_or_first_of_month(Granularity granularity, string day, string start) =>
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)),
            AdoptionMetrics.PeriodStart(LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), granularity));

    [Theory]
    [InlineData(true, false, true, Lifecycle.New)]
    [InlineData(true, true, false, Lifecycle.Returning)]
    [InlineData(true, false, false, Lifecycle.Resurrecting)]
    [InlineData(false, true, false, Lifecycle.Dormant)]
    public void Citizens_are_new_returning_resurrecting_or_dormant(bool now, bool previous, bool first, Lifecycle expected) =>
        Assert.Equal(expected, CitizenLifecycle.Classify(now, previous, first));

    [Fact]
    public void A_citizen_inactive_in_both_periods_has_no_lifecycle() => Assert.Null(CitizenLifecycle.Classify(false, false, false));
}
