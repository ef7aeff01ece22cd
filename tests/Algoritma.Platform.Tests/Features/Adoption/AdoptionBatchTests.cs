using Algoritma.Platform.Features.Adoption.Projection;
using Algoritma.Platform.Features.Adoption.Rollups;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using JasperFx.Events;

namespace Algoritma.Platform.Tests.Features.Adoption;

public sealed class AdoptionBatchTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly Guid First = Guid.CreateVersion7();
    private static readonly Guid Second = Guid.CreateVersion7();
    private static readonly Guid Third = Guid.CreateVersion7();
    private static readonly Dictionary<string, string> Zones = new() { ["samarinda"] = "Asia/Makassar" };

    [Fact]
    public void A_request_submitted_and_completed_in_one_batch_has_its_facts_written_before_its_completion_is_counted()
    {
        var statements = Statements([Submitted(First, 1), Submitted(Second, 2), Event(First, 3, new RequestCompleted("officer", Monday.AddHours(2)))]);

        var sql = statements.Select(s => s.Sql).ToList();
        Assert.Equal(
            [AdoptionSql.InsertFacts, AdoptionSql.CountStarted, AdoptionSql.RollUpStarted,
             AdoptionSql.InsertCompletions, AdoptionSql.CountCompleted, AdoptionSql.RollUpCompleted],
            sql);
        Assert.Equal(new[] { First, Second }, statements[0].Parameters[1]);
        Assert.Equal(new[] { "ONLINE", "COUNTER" }, statements[0].Parameters[4]);
        Assert.Equal(new[] { First }, statements[3].Parameters[1]);
    }

    [Fact]
    public void A_resubmission_restarts_the_sla_clock_before_a_completion_of_the_same_batch_is_judged()
    {
        // submitted in an earlier batch with a deadline of Thursday, completed past it but within the restarted clock
        var stored = new RequestFact(First, "64.72.01.1001", "domisili", "ONLINE", RequestFact.Microseconds(Monday), RequestFact.Microseconds(Monday.AddDays(3)), "Asia/Makassar");
        var statements = Statements([
            Event(First, 7, new RequestResubmitted(["kk"], Monday.AddDays(7), Monday.AddDays(9))),
            Event(Second, 8, new RequestResubmitted(["kk"], Monday.AddDays(7))),
            Event(First, 9, new RequestCompleted("officer", Monday.AddDays(8)))], [("samarinda", stored)]);

        Assert.Equal([AdoptionSql.RestartSlaClocks, AdoptionSql.InsertCompletions, AdoptionSql.CountCompleted, AdoptionSql.RollUpCompleted], statements.Select(s => s.Sql));
        Assert.Equal(new[] { First }, statements[0].Parameters[1]);
        Assert.Equal(new[] { Monday.AddDays(9) }, statements[0].Parameters[2]);
        Assert.Equal(new[] { 7L }, statements[0].Parameters[3]);
        Assert.Equal(new[] { true }, statements[1].Parameters[7]);
        Assert.Equal(new[] { 8 * 86400d }, statements[1].Parameters[6]);
    }

    [Fact]
    public void Each_rating_becomes_one_row_of_nine_element_arrays()
    {
        var statement = Assert.Single(Statements([
            Event(First, 5, new ServiceRated([4, 3, 4, 4, 2, 4, 4, 3, 1], "citizen", Monday)),
            Event(Second, 6, new ServiceRated([1, 2, 3, 4, 4, 3, 2, 1, 1], "citizen", Monday))]));

        Assert.Equal(AdoptionSql.AddRatings, statement.Sql);
        Assert.Equal(3 + 9, statement.Parameters.Count);
        Assert.Equal(new long[] { 4, 1 }, statement.Parameters[3]);
        Assert.Equal(new long[] { 1, 1 }, statement.Parameters[11]);
    }

    [Fact]
    public void Events_the_adoption_tables_do_not_count_make_no_statements()
    {
        Assert.Empty(Statements([Event(First, 1, new RequestVerified("officer", Monday))]));
    }

    [Fact]
    public void Submissions_are_grouped_in_memory_by_tenant_local_day_one_row_per_key()
    {
        // 01:00 UTC is 09:00 in Makassar, Monday; 17:00 UTC on Sunday is 01:00 on Monday there
        var statements = Statements([
            Submitted(First, 1), Submitted(Second, 2, Monday.AddHours(-8), Channel.Online), Submitted(Third, 3, Monday.AddDays(1))]);

        var started = statements.Single(s => s.Sql == AdoptionSql.CountStarted).Parameters;
        Assert.Equal(new[] { new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3) }, started[1]);
        Assert.Equal(new long[] { 2, 1 }, started[5]);
        var rollUp = statements.Single(s => s.Sql == AdoptionSql.RollUpStarted).Parameters;
        Assert.Equal(new[] { "", "64.72.01", "64.72.01.1001", "", "64.72.01", "64.72.01.1001" }, rollUp[1]);
        Assert.Equal(new long[] { 2, 2, 2, 1, 1, 1 }, rollUp[4]);
        var citizens = CitizenStatements([Submitted(First, 1), Submitted(Second, 2, Monday.AddHours(-8), Channel.Online), Submitted(Third, 3, Monday.AddDays(1))])
            .Single(s => s.Sql == AdoptionSql.RecordCitizens).Parameters;
        Assert.Equal(new[] { new DateOnly(2026, 3, 2) }, citizens[3]);
        Assert.Equal(new DateOnly?[] { new DateOnly(2026, 3, 2) }, citizens[4]);
        Assert.Equal(new[] { new DateOnly(2026, 3, 3) }, citizens[6]);
        Assert.Equal(new long[] { 3 }, citizens[7]);
        // the citizen's days from a month before the window of its latest day (the month before March) on, kept beside its firsts
        Assert.Equal(new[] { new DateOnly(2026, 1, 1) }, citizens[8]);
        Assert.Equal(new[] { "2026-03-02 64.72.01.1001 t;2026-03-03 64.72.01.1001 f" }, citizens[9]);
    }

    [Fact]
    public void A_kecamatan_counts_in_the_city_and_in_itself_once()
    {
        Assert.Equal(["", "64.72.01"], AdoptionScopes.Of("64.72.01"));
        Assert.Equal(["", "64.72.01", "64.72.01.1001"], AdoptionScopes.Of("64.72.01.1001"));
    }

    [Fact]
    public void A_tenant_without_a_zone_fails_the_batch_rather_than_drop_its_rows()
    {
        IEvent[] events = [Submitted(First, 1)];
        Assert.Throws<KeyNotFoundException>(() => AdoptionBatch.Statements(events, new Dictionary<string, string>(), new Dictionary<(string, Guid), RequestFact>()).ToList());
    }

    [Fact]
    public void A_completion_takes_its_request_facts_from_the_same_batch_and_counts_once_per_scope()
    {
        var statements = Statements([Submitted(First, 1), Event(First, 2, new RequestCompleted("officer", Monday.AddHours(20)))]);

        var completion = statements.Single(s => s.Sql == AdoptionSql.InsertCompletions).Parameters;
        Assert.Equal(new[] { new DateOnly(2026, 3, 3) }, completion[2]);
        Assert.Equal(new[] { 20 * 3600d }, completion[6]);
        var rollUp = statements.Single(s => s.Sql == AdoptionSql.RollUpCompleted).Parameters;
        Assert.Equal(new[] { "", "64.72.01", "64.72.01.1001" }, rollUp[1]);
        Assert.Equal(new long[] { 1, 1, 1 }, rollUp[4]);
    }

    private static List<AdoptionStatement> Statements(IReadOnlyList<IEvent> events, IEnumerable<(string, RequestFact)>? stored = null) =>
        [.. AdoptionBatch.Statements(events, Zones, RequestFacts.Combine(events, Zones, stored ?? []))];

    [Fact]
    public void The_citizen_projection_records_days_and_firsts_then_adds_the_counter_changes_and_nothing_without_submissions()
    {
        Assert.Equal(
            [AdoptionSql.RecordCitizenDays, AdoptionSql.RecordCitizens, PeriodCitizensSql.AddPeriodCounts, PeriodCitizensSql.AddRetention],
            CitizenStatements([Submitted(First, 1), Submitted(Second, 2)]).Select(s => s.Sql));
        Assert.Empty(CitizenStatements([]));
    }

    [Fact]
    public void A_completion_counts_in_one_histogram_slice_per_grain_and_scope_its_working_time_within_office_hours()
    {
        IEvent[] events = [Submitted(First, 1), Event(First, 2, new RequestCompleted("officer", Monday.AddHours(2)))];
        var calendars = new Dictionary<string, WorkingCalendar> { ["samarinda"] = WorkingCalendar.Create("Asia/Makassar", [1, 2, 3, 4, 5], [], new(8, 0), new(16, 0)) };

        var histograms = PeriodRollupBatch.Statements(new BatchEvents(events, Zones, RequestFacts.Combine(events, Zones, [])), calendars)
            .Single(s => s.Sql == PeriodRollupSql.AddProcessingTimes).Parameters;

        Assert.Equal(new[] { "day", "day", "day", "week", "week", "week", "month", "month", "month" }, histograms[1]);
        // each key's one non-zero bucket (positions are 1-based): two hours elapsed, two office hours worked
        Assert.Equal(Enumerable.Range(1, 9), (int[])histograms[5]);
        Assert.Equal(Enumerable.Range(1, 9), (int[])histograms[6]);
        Assert.Equal(Enumerable.Repeat(DurationHistogram.Bucket(7200) + 1, 9), (int[])histograms[7]);
        Assert.Equal(Enumerable.Repeat(1, 9), (int[])histograms[8]);
        Assert.Equal(histograms[8], histograms[9]);
    }

    [Fact]
    public void A_citizen_already_counted_in_the_period_changes_no_counter()
    {
        var history = CitizenHistory.None.With([new CitizenUse(new DateOnly(2026, 3, 2), "64.72.01.1001", false, 1)]);
        var statements = CitizensBatch.Statements(
            new Submissions([(IEvent<RequestSubmitted>)Submitted(Second, 2)], Zones), new Dictionary<(string, string), CitizenHistory> { [("samarinda", "citizen-key")] = history });

        Assert.Equal([AdoptionSql.RecordCitizenDays, AdoptionSql.RecordCitizens], statements.Select(s => s.Sql));
    }

    private static List<AdoptionStatement> CitizenStatements(IEvent[] events) =>
        [.. CitizensBatch.Statements(new Submissions(events.OfType<IEvent<RequestSubmitted>>(), Zones), new Dictionary<(string, string), CitizenHistory>())];

    private static IEvent Submitted(Guid request, long sequence, DateTimeOffset? at = null, Channel? channel = null) => Event(request, sequence, new RequestSubmitted(
        request, "SMD-1", "domisili", 1, "64.72.01.1001", channel ?? (request == First ? Channel.Online : Channel.Counter), "citizen-key", null, ["ktp"],
        at ?? Monday, (at ?? Monday).AddDays(3), "citizen"));

    private static IEvent Event<T>(Guid stream, long sequence, T data) where T : notnull =>
        new Event<T>(data) { StreamId = stream, Sequence = sequence, TenantId = "samarinda" };
}
