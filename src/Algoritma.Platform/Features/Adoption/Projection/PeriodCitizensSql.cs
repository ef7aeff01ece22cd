namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The statements of <see cref="PeriodCitizensBatch"/>; each takes the batch's submissions as six arrays
/// (<see cref="Submissions.Uses"/>). Counter upserts group by their key, so a statement touches each counter row once.
/// </summary>
internal static class PeriodCitizensSql
{
    private const string Firsts = "marten.adoption_citizen_firsts";
    private const string Sets = "marten.adoption_period_citizens";
    private const string Counts = "marten.adoption_period_counts";
    private const string Retention = "marten.adoption_retention_counts";

    // each submission of the batch (Submissions.Uses): its tenant, citizen, unit, whether digital, local day and append order
    private const string Batch = """
        SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::boolean[], ?::date[], ?::bigint[]) AS k(tenant_id, citizen_key, unit, digital, day, seq)
        """;

    private const string Grains = "(VALUES ('week'), ('month')) g(grain)";

    private static string Period(string grain, string day) => $"date_trunc({grain}, {day}::timestamp)::date";

    private static string Step(string grain) => $"CASE {grain} WHEN 'week' THEN interval '7 days' ELSE interval '1 month' END";

    private static string SameSet(string alias, string row, string period) =>
        $"{alias}.tenant_id = {row}.tenant_id AND {alias}.grain = {row}.grain AND {alias}.period = {period} AND {alias}.scope_code = {row}.scope_code AND {alias}.citizen_key = {row}.citizen_key";

    /// <summary>
    /// Records each citizen's first use and first digital use (with its unit: among uses on the earliest day the first
    /// appended, as adoption_citizens does) and, for every citizen whose firsts this batch sets or moves, takes the old
    /// contribution off and adds the new one: new and new digital counts; lifecycle's new over the periods recorded
    /// before this batch (the batch's own are counted by <see cref="RecordPeriods"/>); retention cohorts likewise.
    /// </summary>
    public static readonly string RecordFirsts = $"""
        WITH b AS ({Batch}
        ), batch AS (
            SELECT tenant_id, citizen_key, min(day) AS first_use, (array_agg(unit ORDER BY day, seq))[1] AS first_unit,
                   min(day) FILTER (WHERE digital) AS first_digital_use,
                   (array_agg(unit ORDER BY day, seq) FILTER (WHERE digital))[1] AS first_digital_unit
            FROM b GROUP BY tenant_id, citizen_key
        ), old AS (
            SELECT o.* FROM {Firsts} o JOIN batch n ON n.tenant_id = o.tenant_id AND n.citizen_key = o.citizen_key
        ), written AS (
            INSERT INTO {Firsts} AS c (tenant_id, citizen_key, first_unit, first_use, first_digital_use, first_digital_unit)
            SELECT tenant_id, citizen_key, first_unit, first_use, first_digital_use, first_digital_unit FROM batch
            ON CONFLICT (tenant_id, citizen_key) DO UPDATE SET
                first_unit = CASE WHEN excluded.first_use < c.first_use THEN excluded.first_unit ELSE c.first_unit END,
                first_use = LEAST(c.first_use, excluded.first_use),
                first_digital_unit = CASE WHEN c.first_digital_use IS NULL OR excluded.first_digital_use < c.first_digital_use
                                          THEN COALESCE(excluded.first_digital_unit, c.first_digital_unit) ELSE c.first_digital_unit END,
                first_digital_use = LEAST(c.first_digital_use, excluded.first_digital_use)
            WHERE excluded.first_use < c.first_use OR excluded.first_digital_use < c.first_digital_use
               OR (c.first_digital_use IS NULL AND excluded.first_digital_use IS NOT NULL)
            RETURNING c.tenant_id, c.citizen_key, c.first_unit, c.first_use, c.first_digital_use, c.first_digital_unit
        ), moved AS (
            SELECT w.*, o.first_unit AS old_unit, o.first_use AS old_use, o.first_digital_use AS old_digital_use, o.first_digital_unit AS old_digital_unit
            FROM written w LEFT JOIN old o ON o.tenant_id = w.tenant_id AND o.citizen_key = w.citizen_key
        ), firsts AS (
            SELECT m.tenant_id, g.grain, m.first_use AS day, m.first_unit AS unit, 1 AS new_citizens, 0 AS new_digital FROM moved m CROSS JOIN {Grains}
            UNION ALL
            SELECT m.tenant_id, g.grain, m.old_use, m.old_unit, -1, 0 FROM moved m CROSS JOIN {Grains} WHERE m.old_use IS NOT NULL
            UNION ALL
            SELECT m.tenant_id, g.grain, m.first_digital_use, m.first_digital_unit, 0, 1 FROM moved m CROSS JOIN {Grains} WHERE m.first_digital_use IS NOT NULL
            UNION ALL
            SELECT m.tenant_id, g.grain, m.old_digital_use, m.old_digital_unit, 0, -1 FROM moved m CROSS JOIN {Grains} WHERE m.old_digital_use IS NOT NULL
        ), shifted AS (
            SELECT m.tenant_id, m.citizen_key, g.grain, {Period("g.grain", "m.old_use")} AS old_period, {Period("g.grain", "m.first_use")} AS period
            FROM moved m CROSS JOIN {Grains} WHERE m.old_use IS NOT NULL
        ), deltas AS (
            SELECT f.tenant_id, f.grain, {Period("f.grain", "f.day")} AS period, s.scope_code, f.new_citizens, f.new_digital, 0 AS new_active
            FROM firsts f {AdoptionScopes.Sql("f.unit")}
            UNION ALL
            SELECT p.tenant_id, p.grain, p.period, p.scope_code, 0, 0, CASE WHEN p.period = h.period THEN 1 ELSE -1 END
            FROM shifted h JOIN {Sets} p ON p.tenant_id = h.tenant_id AND p.citizen_key = h.citizen_key AND p.grain = h.grain
                AND p.period IN (h.old_period, h.period)
            WHERE h.old_period <> h.period
        ), cohorts AS (
            SELECT m.tenant_id, m.citizen_key, {Period("'month'", "m.first_use")} AS cohort, m.first_unit AS unit, 1 AS delta FROM moved m
            WHERE m.old_use IS NOT NULL AND ({Period("'month'", "m.first_use")} <> {Period("'month'", "m.old_use")} OR m.first_unit <> m.old_unit)
            UNION ALL
            SELECT m.tenant_id, m.citizen_key, {Period("'month'", "m.old_use")}, m.old_unit, -1 FROM moved m
            WHERE m.old_use IS NOT NULL AND ({Period("'month'", "m.first_use")} <> {Period("'month'", "m.old_use")} OR m.first_unit <> m.old_unit)
        ), recohorted AS (
            INSERT INTO {Retention} AS t (tenant_id, scope_code, cohort, active_month, active)
            SELECT c.tenant_id, s.scope_code, c.cohort, p.period, sum(c.delta)
            FROM cohorts c JOIN {Sets} p ON p.tenant_id = c.tenant_id AND p.citizen_key = c.citizen_key AND p.grain = 'month' AND p.scope_code = ''
            {AdoptionScopes.Sql("c.unit")}
            GROUP BY 1, 2, 3, 4 HAVING sum(c.delta) <> 0
            ON CONFLICT (tenant_id, scope_code, cohort, active_month) DO UPDATE SET active = t.active + excluded.active
        )
        INSERT INTO {Counts} AS t (tenant_id, grain, period, scope_code, new_citizens, new_digital, new_active)
        SELECT tenant_id, grain, period, scope_code, sum(new_citizens), sum(new_digital), sum(new_active) FROM deltas
        GROUP BY 1, 2, 3, 4 HAVING sum(new_citizens) <> 0 OR sum(new_digital) <> 0 OR sum(new_active) <> 0
        ON CONFLICT (tenant_id, grain, scope_code, period) DO UPDATE SET new_citizens = t.new_citizens + excluded.new_citizens,
            new_digital = t.new_digital + excluded.new_digital, new_active = t.new_active + excluded.new_active
        """;

    /// <summary>
    /// Adds the batch's citizens to the sets of their periods and scopes; the rows it inserts (or turns digital) drive
    /// the counters: active, active digital, pairs with the period before and after (each pair counted once, whichever
    /// side is new), lifecycle's new (the row's period holds the citizen's first use), and the retention cohorts.
    /// The pre-statement snapshot the subqueries read does not hold this statement's rows: pairs within the batch are
    /// found among the written rows.
    /// </summary>
    public static readonly string RecordPeriods = $"""
        WITH b AS ({Batch}
        ), written AS (
            INSERT INTO {Sets} AS p (tenant_id, grain, period, scope_code, citizen_key, digital)
            SELECT b.tenant_id, g.grain, {Period("g.grain", "b.day")}, s.scope_code, b.citizen_key, bool_or(b.digital)
            FROM b CROSS JOIN {Grains} {AdoptionScopes.Sql("b.unit")}
            GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (tenant_id, grain, period, scope_code, citizen_key) DO UPDATE SET digital = true WHERE excluded.digital AND NOT p.digital
            RETURNING p.tenant_id, p.grain, p.period, p.scope_code, p.citizen_key, p.digital, p.xmax = 0 AS inserted
        ), added AS (
            SELECT * FROM written WHERE inserted
        ), deltas AS (
            SELECT w.tenant_id, w.grain, w.period, w.scope_code, w.inserted::int AS active, w.digital::int AS active_digital, 0 AS with_previous, 0 AS new_active
            FROM written w
            UNION ALL
            SELECT a.tenant_id, a.grain, a.period, a.scope_code, 0, 0, 1, 0 FROM added a
            WHERE EXISTS (SELECT 1 FROM {Sets} q WHERE {SameSet("q", "a", $"(a.period - {Step("a.grain")})::date")})
            UNION ALL
            -- the period before added too (a row is either there before or added, never both): a join, not a rescan per row
            SELECT a.tenant_id, a.grain, a.period, a.scope_code, 0, 0, 1, 0 FROM added a
            JOIN added q ON {SameSet("q", "a", $"(a.period - {Step("a.grain")})::date")}
            UNION ALL
            SELECT a.tenant_id, a.grain, (a.period + {Step("a.grain")})::date, a.scope_code, 0, 0, 1, 0 FROM added a
            WHERE EXISTS (SELECT 1 FROM {Sets} q WHERE {SameSet("q", "a", $"(a.period + {Step("a.grain")})::date")})
            UNION ALL
            SELECT a.tenant_id, a.grain, a.period, a.scope_code, 0, 0, 0, 1
            FROM added a JOIN {Firsts} f ON f.tenant_id = a.tenant_id AND f.citizen_key = a.citizen_key
            WHERE {Period("a.grain", "f.first_use")} = a.period
        ), retained AS (
            INSERT INTO {Retention} AS t (tenant_id, scope_code, cohort, active_month, active)
            SELECT a.tenant_id, s.scope_code, {Period("'month'", "f.first_use")}, a.period, count(*)
            FROM added a JOIN {Firsts} f ON f.tenant_id = a.tenant_id AND f.citizen_key = a.citizen_key
            {AdoptionScopes.Sql("f.first_unit")}
            WHERE a.grain = 'month' AND a.scope_code = ''
            GROUP BY 1, 2, 3, 4
            ON CONFLICT (tenant_id, scope_code, cohort, active_month) DO UPDATE SET active = t.active + excluded.active
        )
        INSERT INTO {Counts} AS t (tenant_id, grain, period, scope_code, active, active_digital, with_previous, new_active)
        SELECT tenant_id, grain, period, scope_code, sum(active), sum(active_digital), sum(with_previous), sum(new_active) FROM deltas
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (tenant_id, grain, scope_code, period) DO UPDATE SET active = t.active + excluded.active,
            active_digital = t.active_digital + excluded.active_digital, with_previous = t.with_previous + excluded.with_previous,
            new_active = t.new_active + excluded.new_active
        """;
}
