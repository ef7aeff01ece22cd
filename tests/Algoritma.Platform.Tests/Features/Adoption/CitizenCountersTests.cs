using Algoritma.Platform.Features.Adoption.Projection;

namespace Algoritma.Platform.Tests.Features.Adoption;

public sealed class CitizenCountersTests
{
    private const string A = "64.72.01.1001";
    private const string B = "64.72.02.1002";
    private static readonly DateOnly Wednesday18March = new(2026, 3, 18);
    private static readonly DateOnly Tuesday24February = new(2026, 2, 24);

    [Fact]
    public void A_first_use_counts_the_citizen_active_and_new_in_its_week_and_month_in_the_city_its_kecamatan_and_its_unit()
    {
        var counters = CitizenCounters.Of(History(new CitizenUse(Wednesday18March, A, false, 1)));

        var week = new PeriodKey("week", new DateOnly(2026, 3, 16), "64.72.01");
        Assert.Equal(new PeriodCounts(1, 0, 0, 1, 1, 0), counters.Periods[week]);
        Assert.Equal(new PeriodCounts(1, 0, 0, 1, 1, 0), counters.Periods[new PeriodKey("month", new DateOnly(2026, 3, 1), "")]);
        Assert.Equal(2 * 3, counters.Periods.Count);
        Assert.Equal(1, counters.Retention[new RetentionKey(A, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1))]);
    }

    [Fact]
    public void A_use_in_the_next_week_counts_the_citizen_returning_with_the_previous_week_and_digital_there()
    {
        var counters = CitizenCounters.Of(History(new CitizenUse(Wednesday18March, A, false, 1), new CitizenUse(Wednesday18March.AddDays(7), A, true, 2)));

        Assert.Equal(new PeriodCounts(1, 1, 1, 0, 0, 1), counters.Periods[new PeriodKey("week", new DateOnly(2026, 3, 23), A)]);
        Assert.Equal(new PeriodCounts(1, 1, 0, 1, 1, 1), counters.Periods[new PeriodKey("month", new DateOnly(2026, 3, 1), A)]);
    }

    [Fact]
    public void An_earlier_dated_use_arriving_later_moves_the_first_use_its_unit_and_the_cohort()
    {
        var before = History(new CitizenUse(Wednesday18March, A, false, 1));
        var after = before.With([new CitizenUse(Tuesday24February, B, true, 2)]);
        var change = new CitizenCounters();
        change.Add(CitizenCounters.Of(after), 1);
        change.Add(CitizenCounters.Of(before), -1);

        Assert.Equal(new CitizenFirst(Tuesday24February, B), after.First);
        Assert.Equal(new PeriodCounts(0, 0, 0, -1, -1, 0), change.Periods[new PeriodKey("month", new DateOnly(2026, 3, 1), A)]);
        Assert.Equal(new PeriodCounts(1, 1, 0, 1, 1, 1), change.Periods[new PeriodKey("month", new DateOnly(2026, 2, 1), B)]);
        Assert.Equal(-1, change.Retention[new RetentionKey(A, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1))]);
        Assert.Equal(1, change.Retention[new RetentionKey(B, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1))]);
    }

    [Fact]
    public void On_the_same_day_the_kept_first_unit_stays_and_within_a_batch_the_first_appended_names_it()
    {
        var kept = History(new CitizenUse(Wednesday18March, A, false, 5));

        Assert.Equal(A, kept.With([new CitizenUse(Wednesday18March, B, false, 9)]).First!.Value.Unit);
        Assert.Equal(B, History(new CitizenUse(Wednesday18March, A, false, 9), new CitizenUse(Wednesday18March, B, false, 3)).First!.Value.Unit);
    }

    [Theory]
    [InlineData("2026-03-16", "2026-03-16")]
    [InlineData("2026-03-22", "2026-03-16")]
    [InlineData("2026-03-01", "2026-02-23")]
    public void Weeks_start_on_monday_as_date_trunc_week(string day, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday), PeriodGrains.Of("week", DateOnly.Parse(day)));
    }

    [Fact]
    public void A_batch_changes_the_counters_alike_over_the_days_from_its_window_and_over_every_day()
    {
        var random = new Random(24);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var history = History(RandomUses(random, random.Next(1, 40), firstSequence: 0));
            var batch = RandomUses(random, random.Next(1, 6), firstSequence: 1_000);
            var read = history.Since(CitizenHistory.WindowStart(batch.Min(u => u.Day)));

            Assert.Equal(Change(history, batch), Change(read, batch));
        }
    }

    private static CitizenUse[] RandomUses(Random random, int count, int firstSequence) => [.. Enumerable.Range(firstSequence, count).Select(sequence => new CitizenUse(
        new DateOnly(2025, 1, 1).AddDays(random.Next(400)), random.Next(3) switch { 0 => A, 1 => B, _ => "64.72.01.1003" }, random.Next(2) == 0, sequence))];

    /// <summary>The counters' change as CitizensBatch takes it (after minus before), its non-zero entries in a comparable order.</summary>
    private static string Change(CitizenHistory before, CitizenUse[] batch)
    {
        var change = new CitizenCounters();
        change.Add(CitizenCounters.Of(before.With(batch)), 1);
        change.Add(CitizenCounters.Of(before), -1);
        return string.Join('\n', [
            .. change.Periods.Where(p => !p.Value.IsZero).Select(p => $"{p.Key} {p.Value}").Order(StringComparer.Ordinal),
            .. change.Retention.Where(r => r.Value != 0).Select(r => $"{r.Key} {r.Value}").Order(StringComparer.Ordinal)]);
    }

    private static CitizenHistory History(params CitizenUse[] uses) => CitizenHistory.None.With(uses);
}
