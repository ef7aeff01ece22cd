using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Simulation;
using NodaTime;

namespace Algoritma.Platform.Tests.Features.Simulation;

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

public sealed class DigitalShareCurveTests
{
    [Fact]
    public void Before_joining_the_share_stays_near_the_baseline_even_on_priority_days()
    {
        Assert.InRange(DigitalShareCurve.Share(0.17, 0.6, 0, null, false), 0.169, 0.171);
        Assert.InRange(DigitalShareCurve.Share(0.17, 0.6, 300, null, true), 0.17, 0.20);
        Assert.InRange(DigitalShareCurve.Share(0.17, 0.6, 300, -5, true), 0.17, 0.20);
    }

    [Fact]
    public void After_joining_the_share_ramps_up_towards_the_plateau_over_weeks()
    {
        var atJoin = DigitalShareCurve.Share(0.17, 0.6, 100, 0, false);
        var twoWeeks = DigitalShareCurve.Share(0.17, 0.6, 114, 14, false);
        var sixWeeks = DigitalShareCurve.Share(0.17, 0.6, 142, 42, false);
        var halfYear = DigitalShareCurve.Share(0.17, 0.6, 280, 180, false);

        Assert.InRange(atJoin, 0.17, 0.19);
        Assert.True(atJoin < twoWeeks && twoWeeks < sixWeeks && sixWeeks < halfYear);
        Assert.InRange(twoWeeks, 0.25, 0.45);
        Assert.InRange(halfYear, 0.58, 0.61);
    }

    [Fact]
    public void Priority_days_add_a_few_points_once_joined()
    {
        var normal = DigitalShareCurve.Share(0.17, 0.6, 200, 60, false);
        var priority = DigitalShareCurve.Share(0.17, 0.6, 200, 60, true);

        Assert.InRange(priority - normal, 0.02, 0.06);
    }
}

public sealed class SimulatedNikTests
{
    [Fact]
    public void Generated_NIKs_are_valid_and_carry_the_kecamatan_of_the_unit()
    {
        var random = new Random(42);
        var asOf = new LocalDate(2025, 11, 28);
        var sexes = new HashSet<NikSex>();
        for (var serial = 1; serial <= 2000; serial++)
        {
            var nik = SimulatedNik.Create("64.72.03", random, asOf, serial);
            var result = Nik.Validate(nik, asOf.ToDateOnly());

            Assert.True(result.IsValid, $"{nik}: {result.ErrorCode}");
            Assert.Equal("64.72.03", result.DistrictCode);
            Assert.Empty(result.Warnings);
            Assert.InRange(result.BirthDate, asOf.PlusYears(-76).ToDateOnly(), asOf.PlusYears(-18).ToDateOnly());
            sexes.Add(result.Sex);
        }

        Assert.Equal([NikSex.Male, NikSex.Female], sexes.Order());
    }

    [Fact]
    public void Serial_wraps_within_1_to_9999()
    {
        var nik = SimulatedNik.Create("64.72.01", new Random(1), new LocalDate(2026, 1, 1), 9999 + 5);

        Assert.Equal("0005", nik[12..]);
        Assert.Throws<ArgumentException>(() => SimulatedNik.Create("6472", new Random(1), new LocalDate(2026, 1, 1), 1));
    }
}

public sealed class WorkingHoursTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Create(
        "Asia/Makassar", [1, 2, 3, 4, 5], [new DateOnly(2026, 8, 17)], new TimeOnly(8, 0), new TimeOnly(16, 0));

    [Fact]
    public void Office_instants_fall_within_office_hours_of_working_days()
    {
        var random = new Random(7);
        for (var date = new LocalDate(2026, 8, 1); date < new LocalDate(2026, 9, 1); date = date.PlusDays(1))
        {
            for (var i = 0; i < 50; i++)
            {
                var instant = WorkingHours.OfficeInstant(Calendar, date, random);
                if (!Calendar.IsWorkingDay(date))
                {
                    Assert.Null(instant);
                    continue;
                }

                var local = instant!.Value.InZone(Calendar.Zone).LocalDateTime;
                Assert.Equal(date, local.Date);
                Assert.InRange(local.TimeOfDay, new LocalTime(8, 0), new LocalTime(16, 0));
                Assert.True(WorkingHours.IsWithinOfficeHours(Calendar, instant.Value));
            }
        }

        Assert.Null(WorkingHours.OfficeInstant(Calendar, new LocalDate(2026, 8, 17), random)); // Proklamasi
        Assert.Null(WorkingHours.OfficeInstant(Calendar, new LocalDate(2026, 8, 15), random)); // Saturday
    }

    [Fact]
    public void Officer_actions_after_working_minutes_land_in_office_hours()
    {
        var friday = new LocalDateTime(2026, 8, 14, 15, 30).InZoneStrictly(Calendar.Zone).ToInstant();
        var next = WorkingHours.AfterWorkingMinutes(friday, 60, Calendar);

        // 30 minutes on Friday, then Monday the 17th is a holiday: Tuesday 08:30
        Assert.Equal(new LocalDateTime(2026, 8, 18, 8, 30), next.InZone(Calendar.Zone).LocalDateTime);
        Assert.True(WorkingHours.IsWithinOfficeHours(Calendar, next));
    }

    [Fact]
    public void Online_instants_are_on_the_day_between_six_and_midnight()
    {
        var random = new Random(3);
        var saturday = new LocalDate(2026, 8, 15);
        for (var i = 0; i < 200; i++)
        {
            var local = WorkingHours.OnlineInstant(Calendar, saturday, random).InZone(Calendar.Zone).LocalDateTime;
            Assert.Equal(saturday, local.Date);
            Assert.InRange(local.Hour, 6, 22);
        }
    }
}
