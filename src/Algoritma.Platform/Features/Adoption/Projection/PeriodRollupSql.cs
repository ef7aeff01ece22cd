using Algoritma.Platform.Features.Adoption.Rollups;

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

    private static string Merge(string column) => $"{column} = ARRAY(SELECT a + b FROM unnest(h.{column}, excluded.{column}) AS m(a, b))";

    private static string Histogram(string counts) => $"{counts}[k.n * {DurationHistogram.Buckets} - {DurationHistogram.Buckets - 1} : k.n * {DurationHistogram.Buckets}]";

    // the batch's completions bucketed and grouped in memory (Completions.Histograms): the n-th key's histograms are the
    // n-th slices of the two counts arrays
    public static readonly string AddProcessingTimes = $"""
        INSERT INTO marten.adoption_processing_times AS h (tenant_id, grain, period, scope_code, channel, elapsed, working)
        SELECT k.tenant_id, k.grain, k.period, k.scope_code, k.channel, {Histogram("c.elapsed")}, {Histogram("c.working")}
        FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::text[]) WITH ORDINALITY AS k(tenant_id, grain, period, scope_code, channel, n)
        CROSS JOIN (SELECT ?::integer[] AS elapsed, ?::integer[] AS working) c
        ON CONFLICT (tenant_id, grain, period, scope_code, channel) DO UPDATE SET {Merge("elapsed")}, {Merge("working")}
        """;

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
