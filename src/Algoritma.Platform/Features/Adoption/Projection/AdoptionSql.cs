namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The projection's set-based statements. '?' are positional array parameters (Marten's QueueSqlCommand), one
/// element per event of the batch or per row grouped in memory; every statement groups by its target's key, so an upsert
/// touches a row once.
/// </summary>
internal static class AdoptionSql
{
    private const string Facts = "marten.adoption_request_facts";

    // each row k of the batch (k.tenant_id, k.request_id: the event's tenant and stream) with its request's facts f
    private const string JoinFacts = $"JOIN {Facts} f ON f.tenant_id = k.tenant_id AND f.request_id = k.request_id";

    // the same with the instant of each event, as k.at
    private const string FactsOfBatchAt = $"""
        FROM unnest(?::text[], ?::uuid[], ?::timestamptz[]) AS k(tenant_id, request_id, at)
        {JoinFacts}
        """;

    // the submissions' statements take rows grouped in memory (Submissions): one row per key, nothing to join
    public const string InsertFacts = $"""
        INSERT INTO {Facts} (tenant_id, request_id, unit_code, service_code, channel, citizen_key, submitted_at, deadline, zone)
        SELECT * FROM unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[])
        ON CONFLICT DO NOTHING
        """;

    public const string CountStarted = """
        INSERT INTO marten.adoption_daily_usage AS u (tenant_id, day, unit_code, service_code, channel, started)
        SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::bigint[])
        ON CONFLICT (tenant_id, day, unit_code, service_code, channel) DO UPDATE SET started = u.started + excluded.started
        """;

    public const string RollUpStarted = """
        INSERT INTO marten.adoption_usage_rollup AS u (tenant_id, scope_code, day, channel, started)
        SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::bigint[])
        ON CONFLICT (tenant_id, scope_code, day, channel) DO UPDATE SET started = u.started + excluded.started
        """;

    public const string RecordCitizenDays = """
        INSERT INTO marten.adoption_citizen_days AS d (tenant_id, day, unit_code, citizen_key, digital)
        SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::boolean[])
        ON CONFLICT (tenant_id, day, unit_code, citizen_key) DO UPDATE SET digital = d.digital OR excluded.digital
        """;

    // the rows a batch writes are at the version of its last event of each tenant, whatever the order of its statements
    public static string StampVersions(string table) => $"""
        INSERT INTO {table} AS v (tenant_id, version)
        SELECT tenant_id, max(sequence) FROM unnest(?::text[], ?::bigint[]) AS e(tenant_id, sequence) GROUP BY tenant_id
        ON CONFLICT (tenant_id) DO UPDATE SET version = GREATEST(v.version, excluded.version)
        """;

    // the firsts and recent days as the citizen's history has them after the batch (CitizenHistory.With, one rule for the
    // counters and this table); the batch's last day and uses added to the kept ones
    public const string RecordCitizens = """
        INSERT INTO marten.adoption_citizens AS c (tenant_id, citizen_key, first_unit, first_use, first_digital_use, first_digital_unit, last_use, uses,
            recent_from, recent_days)
        SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::text[], ?::date[], ?::bigint[], ?::date[], ?::text[])
        ON CONFLICT (tenant_id, citizen_key) DO UPDATE SET
            first_unit = excluded.first_unit, first_use = excluded.first_use,
            first_digital_use = excluded.first_digital_use, first_digital_unit = excluded.first_digital_unit,
            last_use = GREATEST(c.last_use, excluded.last_use),
            uses = c.uses + excluded.uses,
            recent_from = excluded.recent_from, recent_days = excluded.recent_days
        """;

    // a resubmission with complete documents restarts the SLA clock (PermenPANRB 15/2014): the last one of a request wins
    public const string RestartSlaClocks = $"""
        UPDATE {Facts} f SET deadline = k.deadline
        FROM (SELECT DISTINCT ON (tenant_id, request_id) tenant_id, request_id, deadline
              FROM unnest(?::text[], ?::uuid[], ?::timestamptz[], ?::bigint[]) AS u(tenant_id, request_id, deadline, seq)
              ORDER BY tenant_id, request_id, seq DESC) k
        WHERE f.tenant_id = k.tenant_id AND f.request_id = k.request_id
        """;

    // the completions' statements take rows computed and grouped in memory (Completions) with their requests' facts
    public const string InsertCompletions = """
        INSERT INTO marten.adoption_completions (tenant_id, request_id, day, unit_code, service_code, channel, processing_seconds, within_sla)
        SELECT * FROM unnest(?::text[], ?::uuid[], ?::date[], ?::text[], ?::text[], ?::text[], ?::double precision[], ?::boolean[])
        ON CONFLICT DO NOTHING
        """;

    private const string AddCompletionSums = """
            completed = u.completed + excluded.completed,
            completed_within_sla = u.completed_within_sla + excluded.completed_within_sla,
            processing_seconds = u.processing_seconds + excluded.processing_seconds
        """;

    public const string CountCompleted = $"""
        INSERT INTO marten.adoption_daily_usage AS u (tenant_id, day, unit_code, service_code, channel, completed, completed_within_sla, processing_seconds)
        SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::double precision[])
        ON CONFLICT (tenant_id, day, unit_code, service_code, channel) DO UPDATE SET {AddCompletionSums}
        """;

    public const string RollUpCompleted = $"""
        INSERT INTO marten.adoption_usage_rollup AS u (tenant_id, scope_code, day, channel, completed, completed_within_sla, processing_seconds)
        SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::bigint[], ?::bigint[], ?::double precision[])
        ON CONFLICT (tenant_id, scope_code, day, channel) DO UPDATE SET {AddCompletionSums}
        """;

    public const string CountRejected = $"""
        INSERT INTO marten.adoption_daily_usage AS u (tenant_id, day, unit_code, service_code, channel, rejected)
        SELECT f.tenant_id, (k.at AT TIME ZONE f.zone)::date, f.unit_code, f.service_code, f.channel, count(*) {FactsOfBatchAt}
        GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (tenant_id, day, unit_code, service_code, channel) DO UPDATE SET rejected = u.rejected + excluded.rejected
        """;

    public static readonly string RollUpRejected = $"""
        INSERT INTO marten.adoption_usage_rollup AS u (tenant_id, scope_code, day, channel, rejected)
        SELECT f.tenant_id, s.scope_code, (k.at AT TIME ZONE f.zone)::date, f.channel, count(*) {FactsOfBatchAt} {AdoptionScopes.Sql("f.unit_code")}
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (tenant_id, scope_code, day, channel) DO UPDATE SET rejected = u.rejected + excluded.rejected
        """;

    private static readonly IEnumerable<string> Elements = Enumerable.Range(1, 9).Select(i => $"u{i}");

    public static readonly string AddRatings = $"""
        INSERT INTO marten.adoption_satisfaction_daily AS s (tenant_id, day, unit_code, service_code, responses, {string.Join(", ", Elements)})
        SELECT f.tenant_id, (k.at AT TIME ZONE f.zone)::date, f.unit_code, f.service_code, count(*), {string.Join(", ", Elements.Select(u => $"sum(k.{u})"))}
        FROM unnest(?::text[], ?::uuid[], ?::timestamptz[], {string.Join(", ", Elements.Select(_ => "?::bigint[]"))})
             AS k(tenant_id, request_id, at, {string.Join(", ", Elements)})
        {JoinFacts}
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (tenant_id, day, unit_code, service_code) DO UPDATE SET responses = s.responses + excluded.responses,
            {string.Join(", ", Elements.Select(u => $"{u} = s.{u} + excluded.{u}"))}
        """;
}
