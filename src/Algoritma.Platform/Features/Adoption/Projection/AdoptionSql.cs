namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>The projection's statements; '?' are positional parameters (Marten's QueueSqlCommand).</summary>
internal static class AdoptionSql
{
    private const string Facts = "marten.adoption_request_facts";

    // the request's facts row, with the tenant-local day of an instant given as the first parameter(s)
    private const string FactsOf = $"FROM {Facts} f WHERE f.tenant_id = ? AND f.request_id = ?";

    // the scopes a unit counts in: the city (''), its kecamatan (the first three code segments) and itself
    private const string ScopesOf = """
        CROSS JOIN LATERAL (SELECT DISTINCT scope_code FROM (VALUES (''),
            (array_to_string((string_to_array(f.unit_code, '.'))[1:3], '.')), (f.unit_code)) v(scope_code)) s
        """;

    public const string InsertFacts = $"""
        INSERT INTO {Facts} (tenant_id, request_id, unit_code, service_code, channel, citizen_key, submitted_at, deadline, zone)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT t.time_zone FROM public.tenants t WHERE t.id = ?))
        ON CONFLICT DO NOTHING
        """;

    public const string CountStarted = $"""
        INSERT INTO marten.adoption_daily_usage AS u (tenant_id, day, unit_code, service_code, channel, started)
        SELECT f.tenant_id, (f.submitted_at AT TIME ZONE f.zone)::date, f.unit_code, f.service_code, f.channel, 1 {FactsOf}
        ON CONFLICT (tenant_id, day, unit_code, service_code, channel) DO UPDATE SET started = u.started + 1
        """;

    public const string RollUpStarted = $"""
        INSERT INTO marten.adoption_usage_rollup AS u (tenant_id, scope_code, day, channel, started)
        SELECT f.tenant_id, s.scope_code, (f.submitted_at AT TIME ZONE f.zone)::date, f.channel, 1
        FROM {Facts} f {ScopesOf} WHERE f.tenant_id = ? AND f.request_id = ?
        ON CONFLICT (tenant_id, scope_code, day, channel) DO UPDATE SET started = u.started + 1
        """;

    public const string RecordCitizenDay = $"""
        INSERT INTO marten.adoption_citizen_days AS d (tenant_id, day, unit_code, citizen_key, digital)
        SELECT f.tenant_id, (f.submitted_at AT TIME ZONE f.zone)::date, f.unit_code, f.citizen_key, f.channel <> 'COUNTER' {FactsOf}
        ON CONFLICT (tenant_id, day, unit_code, citizen_key) DO UPDATE SET digital = d.digital OR excluded.digital
        """;

    // events arrive in append order, which need not be the order of their instants: keep the earliest and latest
    public const string RecordCitizen = $"""
        INSERT INTO marten.adoption_citizens AS c (tenant_id, citizen_key, first_unit, first_use, first_digital_use, first_digital_unit, last_use, uses)
        SELECT f.tenant_id, f.citizen_key, f.unit_code, x.day,
               CASE WHEN f.channel <> 'COUNTER' THEN x.day END, CASE WHEN f.channel <> 'COUNTER' THEN f.unit_code END, x.day, 1
        FROM {Facts} f CROSS JOIN LATERAL (SELECT (f.submitted_at AT TIME ZONE f.zone)::date AS day) x
        WHERE f.tenant_id = ? AND f.request_id = ?
        ON CONFLICT (tenant_id, citizen_key) DO UPDATE SET
            first_unit = CASE WHEN excluded.first_use < c.first_use THEN excluded.first_unit ELSE c.first_unit END,
            first_use = LEAST(c.first_use, excluded.first_use),
            first_digital_unit = CASE WHEN c.first_digital_use IS NULL OR excluded.first_digital_use < c.first_digital_use
                                      THEN COALESCE(excluded.first_digital_unit, c.first_digital_unit) ELSE c.first_digital_unit END,
            first_digital_use = LEAST(c.first_digital_use, excluded.first_digital_use),
            last_use = GREATEST(c.last_use, excluded.last_use),
            uses = c.uses + 1
        """;

    public const string InsertCompletion = $"""
        INSERT INTO marten.adoption_completions (tenant_id, request_id, day, unit_code, service_code, channel, processing_seconds, within_sla)
        SELECT f.tenant_id, f.request_id, (?::timestamptz AT TIME ZONE f.zone)::date, f.unit_code, f.service_code, f.channel,
               GREATEST(0, EXTRACT(EPOCH FROM (?::timestamptz - f.submitted_at))), ?::timestamptz <= f.deadline {FactsOf}
        ON CONFLICT DO NOTHING
        """;

    public const string CountCompleted = """
        INSERT INTO marten.adoption_daily_usage AS u (tenant_id, day, unit_code, service_code, channel, completed, completed_within_sla, processing_seconds)
        SELECT c.tenant_id, c.day, c.unit_code, c.service_code, c.channel, 1, CASE WHEN c.within_sla THEN 1 ELSE 0 END, c.processing_seconds
        FROM marten.adoption_completions c WHERE c.tenant_id = ? AND c.request_id = ?
        ON CONFLICT (tenant_id, day, unit_code, service_code, channel) DO UPDATE SET
            completed = u.completed + 1,
            completed_within_sla = u.completed_within_sla + excluded.completed_within_sla,
            processing_seconds = u.processing_seconds + excluded.processing_seconds
        """;

    public const string RollUpCompleted = $"""
        INSERT INTO marten.adoption_usage_rollup AS u (tenant_id, scope_code, day, channel, completed, completed_within_sla, processing_seconds)
        SELECT c.tenant_id, s.scope_code, c.day, c.channel, 1, CASE WHEN c.within_sla THEN 1 ELSE 0 END, c.processing_seconds
        FROM marten.adoption_completions c JOIN {Facts} f ON f.tenant_id = c.tenant_id AND f.request_id = c.request_id {ScopesOf}
        WHERE c.tenant_id = ? AND c.request_id = ?
        ON CONFLICT (tenant_id, scope_code, day, channel) DO UPDATE SET
            completed = u.completed + 1,
            completed_within_sla = u.completed_within_sla + excluded.completed_within_sla,
            processing_seconds = u.processing_seconds + excluded.processing_seconds
        """;

    public const string RollUpRejected = $"""
        INSERT INTO marten.adoption_usage_rollup AS u (tenant_id, scope_code, day, channel, rejected)
        SELECT f.tenant_id, s.scope_code, (?::timestamptz AT TIME ZONE f.zone)::date, f.channel, 1
        FROM {Facts} f {ScopesOf} WHERE f.tenant_id = ? AND f.request_id = ?
        ON CONFLICT (tenant_id, scope_code, day, channel) DO UPDATE SET rejected = u.rejected + 1
        """;

    public const string CountRejected = $"""
        INSERT INTO marten.adoption_daily_usage AS u (tenant_id, day, unit_code, service_code, channel, rejected)
        SELECT f.tenant_id, (?::timestamptz AT TIME ZONE f.zone)::date, f.unit_code, f.service_code, f.channel, 1 {FactsOf}
        ON CONFLICT (tenant_id, day, unit_code, service_code, channel) DO UPDATE SET rejected = u.rejected + 1
        """;

    public const string AddRating = $"""
        INSERT INTO marten.adoption_satisfaction_daily AS s (tenant_id, day, unit_code, service_code, responses, u1, u2, u3, u4, u5, u6, u7, u8, u9)
        SELECT f.tenant_id, (?::timestamptz AT TIME ZONE f.zone)::date, f.unit_code, f.service_code, 1, ?, ?, ?, ?, ?, ?, ?, ?, ? {FactsOf}
        ON CONFLICT (tenant_id, day, unit_code, service_code) DO UPDATE SET responses = s.responses + 1,
            u1 = s.u1 + excluded.u1, u2 = s.u2 + excluded.u2, u3 = s.u3 + excluded.u3, u4 = s.u4 + excluded.u4, u5 = s.u5 + excluded.u5,
            u6 = s.u6 + excluded.u6, u7 = s.u7 + excluded.u7, u8 = s.u8 + excluded.u8, u9 = s.u9 + excluded.u9
        """;
}
