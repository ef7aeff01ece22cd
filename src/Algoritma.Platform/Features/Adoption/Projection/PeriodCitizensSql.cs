namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The citizen counters' statements (<see cref="CitizensBatch"/>): a batch's changes, computed and grouped in memory
/// (<see cref="CitizenCounters"/>), one row per key, added to the kept counts.
/// </summary>
internal static class PeriodCitizensSql
{
    public const string AddPeriodCounts = """
        INSERT INTO marten.adoption_period_counts AS t (tenant_id, grain, period, scope_code, active, active_digital, with_previous, new_active, new_citizens, new_digital)
        SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
        ON CONFLICT (tenant_id, grain, scope_code, period) DO UPDATE SET active = t.active + excluded.active,
            active_digital = t.active_digital + excluded.active_digital, with_previous = t.with_previous + excluded.with_previous,
            new_active = t.new_active + excluded.new_active, new_citizens = t.new_citizens + excluded.new_citizens,
            new_digital = t.new_digital + excluded.new_digital
        """;

    public const string AddRetention = """
        INSERT INTO marten.adoption_retention_counts AS t (tenant_id, scope_code, cohort, active_month, active)
        SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::date[], ?::bigint[])
        ON CONFLICT (tenant_id, scope_code, cohort, active_month) DO UPDATE SET active = t.active + excluded.active
        """;
}
