using Algoritma.Platform.Features.Adoption.Rollups;
using Algoritma.Platform.Persistence;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The period roll-ups' set-based statements ('?': positional array parameters, one element per event of the batch).
/// Each groups by its target's key, so a batch touches a row once; every one adds, so batches commute.
/// </summary>
internal static class PeriodRollupSql
{
    private const string Facts = "marten.adoption_request_facts";

    private const string Grains = "CROSS JOIN (VALUES ('day'), ('week'), ('month')) g(grain)";

    private static string PeriodOf(string day) => $"date_trunc(g.grain, ({day})::timestamp)::date";

    private static string AddCounts(string counts, string increments) => $"{EventStoreSchema.SchemaName}.adoption_add_counts({counts}, s.positions, s.{increments})";

    // the batch's completions bucketed and grouped in memory (Completions.Histograms): the n-th key's histograms are its
    // non-zero buckets, the positions first[n]..last[n] of the positions array with the elapsed and working counts beside
    // them. MERGE rather than INSERT … ON CONFLICT, whose update sees only the table's columns: a kept histogram takes
    // the key's few counts, a new one is made from zeros. The daemon is the tables' only writer, so no insert races it.
    public static readonly string AddProcessingTimes = $"""
        MERGE INTO marten.adoption_processing_times AS h
        USING (
            SELECT k.tenant_id, k.grain, k.period, k.scope_code, k.channel,
                c.positions[k.first : k.last] AS positions, c.elapsed[k.first : k.last] AS elapsed, c.working[k.first : k.last] AS working
            FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::integer[], ?::integer[])
                AS k(tenant_id, grain, period, scope_code, channel, first, last)
            CROSS JOIN (SELECT ?::integer[] AS positions, ?::integer[] AS elapsed, ?::integer[] AS working) c) AS s
        ON h.tenant_id = s.tenant_id AND h.grain = s.grain AND h.period = s.period AND h.scope_code = s.scope_code AND h.channel = s.channel
        WHEN MATCHED THEN UPDATE SET elapsed = {AddCounts("h.elapsed", "elapsed")}, working = {AddCounts("h.working", "working")}
        WHEN NOT MATCHED THEN INSERT (tenant_id, grain, period, scope_code, channel, elapsed, working)
            VALUES (s.tenant_id, s.grain, s.period, s.scope_code, s.channel,
                {AddCounts(Zeros, "elapsed")}, {AddCounts(Zeros, "working")})
        """;

    private static string Zeros => $"array_fill(0, ARRAY[{DurationHistogram.Buckets}])";

    private static readonly IEnumerable<string> Elements = Enumerable.Range(1, 9).Select(i => $"u{i}");

    // as AddRatings: the rating's local day in its request's zone, its request's unit
    public static readonly string AddRatings = $"""
        INSERT INTO marten.adoption_satisfaction_rollup AS r (tenant_id, grain, period, scope_code, responses, {string.Join(", ", Elements)})
        SELECT f.tenant_id, g.grain, {PeriodOf("(k.at AT TIME ZONE f.zone)::date")}, s.scope_code, count(*), {string.Join(", ", Elements.Select(u => $"sum(k.{u})"))}
        FROM unnest(?::text[], ?::uuid[], ?::timestamptz[], {string.Join(", ", Elements.Select(_ => "?::bigint[]"))})
             AS k(tenant_id, request_id, at, {string.Join(", ", Elements)})
        JOIN {Facts} f ON f.tenant_id = k.tenant_id AND f.request_id = k.request_id
        {Grains} {AdoptionScopes.Sql("f.unit_code")}
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (tenant_id, grain, period, scope_code) DO UPDATE SET responses = r.responses + excluded.responses,
            {string.Join(", ", Elements.Select(u => $"{u} = r.{u} + excluded.{u}"))}
        """;

    private static string MonthOf(string day) => $"date_trunc('month', ({day})::timestamp)::date";

    // as CountStarted, CountCompleted and CountRejected, by month and without the service: the first two take rows grouped
    // in memory (Submissions.MonthlyStarted, Completions.Monthly), one per key
    public const string CountStarted = """
        INSERT INTO marten.adoption_unit_month_usage AS u (tenant_id, month, unit_code, channel, started)
        SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::bigint[])
        ON CONFLICT (tenant_id, month, unit_code, channel) DO UPDATE SET started = u.started + excluded.started
        """;

    public const string CountCompleted = """
        INSERT INTO marten.adoption_unit_month_usage AS u (tenant_id, month, unit_code, channel, completed, completed_within_sla)
        SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
        ON CONFLICT (tenant_id, month, unit_code, channel) DO UPDATE SET
            completed = u.completed + excluded.completed, completed_within_sla = u.completed_within_sla + excluded.completed_within_sla
        """;

    public static readonly string CountRejected = $"""
        INSERT INTO marten.adoption_unit_month_usage AS u (tenant_id, month, unit_code, channel, rejected)
        SELECT f.tenant_id, {MonthOf("(k.at AT TIME ZONE f.zone)::date")}, f.unit_code, f.channel, count(*)
        FROM unnest(?::text[], ?::uuid[], ?::timestamptz[]) AS k(tenant_id, request_id, at)
        JOIN {Facts} f ON f.tenant_id = k.tenant_id AND f.request_id = k.request_id
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (tenant_id, month, unit_code, channel) DO UPDATE SET rejected = u.rejected + excluded.rejected
        """;
}
