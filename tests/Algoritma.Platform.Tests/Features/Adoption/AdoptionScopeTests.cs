using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Adoption.Reading;
using NodaTime;

namespace Algoritma.Platform.Tests.Features.Adoption;

public sealed class AdoptionScopeTests
{
    [Theory]
    [InlineData(Granularity.Day, "2026-03-04", "2026-03-07", new[] { "2026-03-04", "2026-03-05", "2026-03-06" })]
    [InlineData(Granularity.Week, "2026-03-04", "2026-03-16", new[] { "2026-03-02", "2026-03-09" })]
    [InlineData(Granularity.Month, "2026-01-31", "2026-03-01", new[] { "2026-01-01", "2026-02-01" })]
    public void Periods_start_at_the_period_containing_from_and_cover_every_period_before_to(Granularity granularity, string from, string to, string[] expected)
    {
        var scope = new AdoptionScope("samarinda", null, Day(from), Day(to), granularity);

        Assert.Equal(expected.Select(Day), AdoptionSeries.Periods(scope));
    }

    [Fact]
    public void Ranking_values_are_the_kpis_of_the_counts()
    {
        var counts = new UsageCounts(Started: 10, Completed: 8, DigitalCompleted: 6, Rejected: 1, CompletedWithinSla: 4);

        Assert.Equal(0.75m, UnitRanking.ValueOf(RankingMetric.DigitalTakeUp, counts));
        Assert.Equal(0.8m, UnitRanking.ValueOf(RankingMetric.CompletionRate, counts));
        Assert.Equal(0.5m, UnitRanking.ValueOf(RankingMetric.SlaCompliance, counts));
        Assert.Equal(10m, UnitRanking.ValueOf(RankingMetric.Started, counts));
        Assert.Null(UnitRanking.ValueOf(RankingMetric.DigitalTakeUp, UsageCounts.Zero));
    }

    private static LocalDate Day(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
