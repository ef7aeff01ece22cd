using Dapper;
using NodaTime;
using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>Citizens whose first use fell in one month, and how many of them came back k months later.</summary>
public sealed record RetentionCohort(LocalDate Cohort, long Size, IReadOnlyList<RetentionPeriod> Periods);

/// <summary>Offset 0 is the cohort's own month (everyone); Rate = Active ÷ cohort size.</summary>
public sealed record RetentionPeriod(int Offset, long Active, decimal Rate);

/// <summary>How many citizens were new, returning, resurrecting or dormant in a period.</summary>
public sealed record LifecyclePoint(LocalDate PeriodStart, long New, long Returning, long Resurrecting, long Dormant);

/// <summary>
/// Retention and lifecycle, from the per-period citizen counters where they answer the scope, else (DAY, a last period
/// cut short with uses after To) from the citizen-activity tables. "New" means the first use anywhere in the city;
/// the unit filter picks the activity (and, for cohorts, where the first use was).
/// </summary>
public sealed class CitizenCohorts(AdoptionDatabase database, AdoptionReads answers)
{
    /// <summary>Monthly first-use cohorts of [From, To) and their activity up to To.</summary>
    public Task<IReadOnlyList<RetentionCohort>> RetentionAsync(AdoptionScope scope, CancellationToken cancellationToken) =>
        answers.GetOrReadAsync(scope.TenantId, AdoptionData.Citizens, (nameof(RetentionAsync), scope), () => RetentionUncachedAsync(scope, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<LifecyclePoint>> LifecycleAsync(AdoptionScope scope, CancellationToken cancellationToken) =>
        answers.GetOrReadAsync(scope.TenantId, AdoptionData.Citizens, (nameof(LifecycleAsync), scope), () => LifecycleUncachedAsync(scope, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<RetentionCohort>> RetentionUncachedAsync(AdoptionScope scope, CancellationToken cancellationToken)
    {
        var monthly = scope with { Granularity = Granularity.Month };
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        var rows = PeriodCitizenCounts.Covers(monthly) ? await RetentionCountersAsync(connection, monthly, cancellationToken) : null;
        rows ??= (await connection.QueryAsync<RetentionRow>(new CommandDefinition(RetentionSql, monthly.Parameters, cancellationToken: cancellationToken))).ToList();
        return [.. rows.GroupBy(r => r.Cohort).OrderBy(g => g.Key).Select(cohort =>
        {
            var size = cohort.Single(r => r.Offset == 0).Active;
            return new RetentionCohort(AdoptionScope.Day(cohort.Key), size, [.. cohort.OrderBy(r => r.Offset).Select(r =>
                new RetentionPeriod(r.Offset, r.Active, Math.Round((decimal)r.Active / size, 4, MidpointRounding.AwayFromZero)))]);
        })];
    }

    private async Task<IReadOnlyList<LifecyclePoint>> LifecycleUncachedAsync(AdoptionScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        if (!PeriodCitizenCounts.Covers(scope))
        {
            return await LifecycleDetailAsync(connection, scope, cancellationToken);
        }

        var counters = await PeriodCitizenCounts.ReadAsync(connection, scope, cancellationToken);
        var partial = counters.Partial is { } rest ? (await LifecycleDetailAsync(connection, rest, cancellationToken)).Single() : null;
        return [.. AdoptionSeries.Periods(scope).Select(period =>
        {
            if (partial is not null && period == partial.PeriodStart)
            {
                return partial;
            }

            var counts = counters.Periods.GetValueOrDefault(period) ?? PeriodCitizens.Zero;
            var before = counters.Periods.GetValueOrDefault(Previous(period, scope.Granularity)) ?? PeriodCitizens.Zero;
            // a citizen active the period before was not new in this one: returning and new never overlap
            return new LifecyclePoint(period, counts.NewActive, counts.WithPrevious, counts.Active - counts.NewActive - counts.WithPrevious,
                before.Active - counts.WithPrevious);
        })];
    }

    /// <summary>The reference: lifecycle over the citizens' days (the counters must equal it).</summary>
    public static async Task<IReadOnlyList<LifecyclePoint>> LifecycleDetailAsync(NpgsqlConnection connection, AdoptionScope scope, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<LifecycleRow>(new CommandDefinition(LifecycleSql, scope.Parameters, cancellationToken: cancellationToken)))
            .ToDictionary(r => AdoptionScope.Day(r.Period));
        return [.. AdoptionSeries.Periods(scope).Select(period => rows.GetValueOrDefault(period) is { } r
            ? new LifecyclePoint(period, r.New, r.Returning, r.Resurrecting, r.Dormant)
            : new LifecyclePoint(period, 0, 0, 0, 0))];
    }

    private static LocalDate Previous(LocalDate period, Granularity granularity) =>
        granularity == Granularity.Week ? period.PlusWeeks(-1) : period.PlusMonths(-1);

    /// <summary>The cohorts from their counters; null when a use after To in To's month leaves that month to the reference query.</summary>
    private static async Task<List<RetentionRow>?> RetentionCountersAsync(NpgsqlConnection connection, AdoptionScope monthly, CancellationToken cancellationToken)
    {
        var (_, parameters) = PeriodCitizenCounts.Edge(monthly);
        var rows = (await connection.QueryAsync<RetentionCounterRow>(new CommandDefinition(RetentionCountersSql, parameters, cancellationToken: cancellationToken))).ToList();
        return rows[0].Tail ? null : [.. rows.Where(r => r.Cohort is not null).Select(r => new RetentionRow(r.Cohort!.Value,
            ((r.ActiveMonth!.Value.Year - r.Cohort.Value.Year) * 12) + r.ActiveMonth.Value.Month - r.Cohort.Value.Month, r.Active!.Value))];
    }

    private static readonly string RetentionCountersSql = $"""
        {PeriodCitizenCounts.Tail}
        SELECT t.tail, r.cohort, r.active_month AS activemonth, r.active
        FROM tail t LEFT JOIN marten.adoption_retention_counts r ON r.tenant_id = @Tenant AND r.scope_code = coalesce(@Unit, '')
            AND r.cohort >= @From AND r.cohort < @To AND r.active_month < @To AND r.active <> 0
        """;

    private static readonly string RetentionSql = $"""
        WITH cohort AS (
            SELECT citizen_key, {AdoptionScope.PeriodOf("first_use", "'month'")} AS cohort FROM marten.adoption_citizens
            WHERE tenant_id = @Tenant AND first_use >= @From AND first_use < @To AND {AdoptionScope.UnitFilter("first_unit")}
        ), activity AS (
            SELECT DISTINCT d.citizen_key, {AdoptionScope.PeriodOf("d.day", "'month'")} AS month
            FROM marten.adoption_citizen_days d JOIN cohort c ON c.citizen_key = d.citizen_key
            WHERE d.tenant_id = @Tenant AND d.day >= @From AND d.day < @To
        )
        SELECT c.cohort, ((extract(year FROM a.month) - extract(year FROM c.cohort)) * 12
                        + extract(month FROM a.month) - extract(month FROM c.cohort))::int AS offset, count(*) AS active
        FROM cohort c JOIN activity a ON a.citizen_key = c.citizen_key
        WHERE a.month >= c.cohort
        GROUP BY 1, 2
        """;

    // a citizen active in a period is new (first use in it), returning (active the period before) or resurrecting;
    // one active the period before but not in this one is dormant
    private static readonly string LifecycleSql = $"""
        WITH active AS (
            SELECT DISTINCT citizen_key, {AdoptionScope.PeriodOf("day")} AS period FROM marten.adoption_citizen_days
            WHERE tenant_id = @Tenant AND day >= (@From::date - @Step::interval)::date AND day < @To AND {AdoptionScope.UnitFilter("unit_code")}
        ), classified AS (
            SELECT a.period, {AdoptionScope.PeriodOf("c.first_use")} = a.period AS is_new, p.citizen_key IS NOT NULL AS was_active
            FROM active a
            JOIN marten.adoption_citizens c ON c.tenant_id = @Tenant AND c.citizen_key = a.citizen_key
            LEFT JOIN active p ON p.citizen_key = a.citizen_key AND p.period = (a.period - @Step::interval)::date
            WHERE a.period >= @From
        ), dormant AS (
            SELECT (p.period + @Step::interval)::date AS period, count(*) AS dormant
            FROM active p LEFT JOIN active a ON a.citizen_key = p.citizen_key AND a.period = (p.period + @Step::interval)::date
            WHERE a.citizen_key IS NULL AND (p.period + @Step::interval)::date >= @From AND (p.period + @Step::interval)::date < @To
            GROUP BY 1
        ), counted AS (
            SELECT period, count(*) FILTER (WHERE is_new) AS new, count(*) FILTER (WHERE NOT is_new AND was_active) AS returning,
                   count(*) FILTER (WHERE NOT is_new AND NOT was_active) AS resurrecting
            FROM classified GROUP BY period
        )
        SELECT coalesce(c.period, d.period) AS period, coalesce(c.new, 0) AS new, coalesce(c.returning, 0) AS returning,
               coalesce(c.resurrecting, 0) AS resurrecting, coalesce(d.dormant, 0) AS dormant
        FROM counted c FULL JOIN dormant d ON d.period = c.period
        """;

    private sealed record RetentionRow(DateOnly Cohort, int Offset, long Active);

    private sealed record RetentionCounterRow(bool Tail, DateOnly? Cohort, DateOnly? ActiveMonth, long? Active);

    private sealed record LifecycleRow(DateOnly Period, long New, long Returning, long Resurrecting, long Dormant);
}
