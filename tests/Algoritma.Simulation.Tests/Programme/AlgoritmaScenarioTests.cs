using Algoritma.Simulation.Programme;
using NodaTime;

namespace Algoritma.Simulation.Tests.Programme;

public sealed class AlgoritmaScenarioTests
{
    private static readonly LocalDate End = new(2026, 11, 27);
    private static readonly LocalDate Start = End.PlusMonths(-12).PlusDays(1);

    /// <summary>59 kelurahan codes in 10 kecamatan, like Samarinda's.</summary>
    private static readonly IReadOnlyList<string> Samarinda =
        [.. Enumerable.Range(0, 59).Select(i => $"64.72.{(i % 10) + 1:D2}.{1001 + (i / 10)}")];

    [Fact]
    public void Three_cumulative_waves_of_10_34_and_59_kelurahan()
    {
        var scenario = AlgoritmaScenario.Plan("samarinda", Samarinda, Start, End, 12);

        Assert.Equal([10, 34, 59], scenario.Waves.Select(w => w.UnitCodes.Count));
        Assert.Equal([10, 24, 25], scenario.Waves.Select(w => w.NewUnitCodes.Count));
        Assert.Equal(59, scenario.Waves.SelectMany(w => w.NewUnitCodes).Distinct().Count());
        Assert.Equal(Samarinda.Order(StringComparer.Ordinal), scenario.AllUnitCodes);
        Assert.True(scenario.Waves[0].UnitCodes.All(c => scenario.Waves[1].UnitCodes.Contains(c)));
        Assert.Equal(AlgoritmaScenario.DigitalTakeUp, scenario.GoalMetric);
        Assert.Equal(0.60m, scenario.Target);
        Assert.Equal([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], scenario.PriorityDays);
    }

    [Fact]
    public void Waves_start_in_months_4_7_and_10_and_the_pilot_spans_several_kecamatan()
    {
        var scenario = AlgoritmaScenario.Plan("samarinda", Samarinda, Start, End, 12);

        Assert.Equal([Start.PlusMonths(3), Start.PlusMonths(6), Start.PlusMonths(9)], scenario.Waves.Select(w => w.StartsOn));
        Assert.True(scenario.Waves[0].UnitCodes.Select(c => c[..8]).Distinct().Count() >= 5);
        Assert.Equal(scenario.Waves[1].StartsOn, scenario.JoinDateOf(scenario.Waves[1].NewUnitCodes[0]));
        Assert.Null(scenario.JoinDateOf("64.72.99.9999"));
    }

    [Fact]
    public void The_pilot_is_one_kelurahan_per_kecamatan_and_one_office_and_each_office_joins_with_its_kecamatan()
    {
        var scenario = AlgoritmaScenario.Plan("samarinda", Samarinda, Start, End, 12);
        var (pilot, second, last) = (scenario.Waves[0], scenario.Waves[1], scenario.Waves[2]);

        Assert.Equal(10, pilot.NewUnitCodes.Select(AlgoritmaScenario.KecamatanOf).Distinct().Count());
        Assert.Equal(["64.72.01"], pilot.NewOfficeCodes);
        Assert.Empty(second.NewOfficeCodes); // no kecamatan is whole after 34 kelurahan, one to four of each
        Assert.Equal([.. Enumerable.Range(2, 9).Select(k => $"64.72.{k:D2}")], last.NewOfficeCodes);
        Assert.Equal(10, scenario.AllOfficeCodes.Count);
        Assert.Equal(pilot.StartsOn, scenario.JoinDateOf("64.72.01"));
        Assert.Equal(last.StartsOn, scenario.JoinDateOf("64.72.05"));
    }

    [Fact]
    public void The_plan_is_deterministic_and_independent_of_input_order()
    {
        var a = AlgoritmaScenario.Plan("samarinda", Samarinda, Start, End, 12);
        var b = AlgoritmaScenario.Plan("samarinda", Samarinda.Reverse(), Start, End, 12);

        Assert.Equal(a.Waves.Select(w => string.Join(",", w.UnitCodes)), b.Waves.Select(w => string.Join(",", w.UnitCodes)));
    }

    [Fact]
    public void A_short_period_spreads_the_waves_over_its_days()
    {
        var end = new LocalDate(2026, 11, 27);
        var scenario = AlgoritmaScenario.Plan("samarinda", Samarinda, end.PlusMonths(-1).PlusDays(1), end, 1);

        Assert.Equal(3, scenario.Waves.Select(w => w.StartsOn).Distinct().Count());
        Assert.All(scenario.Waves, w => Assert.InRange(w.StartsOn, scenario.StartsOn, end));
    }

    [Fact]
    public void Wave_starts_move_to_a_working_day()
    {
        var scenario = AlgoritmaScenario.Plan("samarinda", Samarinda, Start, End, 12, d => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

        Assert.All(scenario.Waves, w => Assert.True(w.StartsOn.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)));
    }
}
