using System.Text.Json;
using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Adoption.Reading;
using Dapper;
using NodaTime;
using Npgsql;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>
/// The citizen figures of a scope (adoption's active and new citizens, lifecycle, retention) as the API answers them,
/// from its per-period counters, and as the reference queries count them over the citizens' days and first uses:
/// the queries the counters replaced, kept here verbatim as the oracle. Both as lines of text, for a readable diff.
/// </summary>
internal static class CitizenFiguresOracle
{
    public static async Task<string[]> AnswerAsync(GraphQLClient client, AdoptionScope scope)
    {
        var unit = scope.Unit is null ? string.Empty : $", unit: \"{scope.Unit}\"";
        var range = $"from: \"{scope.From:yyyy-MM-dd}\", to: \"{scope.To:yyyy-MM-dd}\"{unit}";
        var grain = scope.Granularity.ToString().ToUpperInvariant();
        var response = await client.PostAsync($$"""
            { adoption({{range}}, granularity: {{grain}}) { periodStart activeCitizens activeDigitalCitizens newCitizens newDigitalCitizens }
              lifecycle({{range}}, granularity: {{grain}}) { periodStart new returning resurrecting dormant }
              retention({{range}}) { cohort size periods { offset active } } }
            """);
        Assert.True(response.Errors.Count == 0, response.ToString());
        var data = response.Data;
        return [
            .. data.GetProperty("adoption").EnumerateArray().Select(p => Line("adoption", p, "periodStart", "activeCitizens", "activeDigitalCitizens", "newCitizens", "newDigitalCitizens")),
            .. data.GetProperty("lifecycle").EnumerateArray().Select(p => Line("lifecycle", p, "periodStart", "new", "returning", "resurrecting", "dormant")),
            .. data.GetProperty("retention").EnumerateArray().SelectMany(c => c.GetProperty("periods").EnumerateArray().Select(p =>
                $"retention {c.GetProperty("cohort").GetString()} {c.GetProperty("size").GetInt64()} {p.GetProperty("offset").GetInt32()} {p.GetProperty("active").GetInt64()}")),
        ];
    }

    public static async Task<string[]> ReferenceAsync(string connectionString, AdoptionScope scope)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var active = (await connection.QueryAsync<(DateOnly Period, long Active, long ActiveDigital)>(ActiveSql, scope.Parameters)).ToDictionary(r => r.Period);
        var fresh = (await connection.QueryAsync<(DateOnly Period, long New, long NewDigital)>(NewSql, scope.Parameters)).ToDictionary(r => r.Period);
        var lifecycle = (await connection.QueryAsync<(DateOnly Period, long New, long Returning, long Resurrecting, long Dormant)>(LifecycleSql, scope.Parameters))
            .ToDictionary(r => r.Period);
        var monthly = scope with { Granularity = Granularity.Month };
        var retention = (await connection.QueryAsync<(DateOnly Cohort, int Offset, long Active)>(RetentionSql, monthly.Parameters)).ToList();
        var periods = AdoptionSeries.Periods(scope).Select(p => p.ToDateOnly()).ToList();
        return [
            .. periods.Select(p => $"adoption {p:yyyy-MM-dd} {active.GetValueOrDefault(p).Active} {active.GetValueOrDefault(p).ActiveDigital} {fresh.GetValueOrDefault(p).New} {fresh.GetValueOrDefault(p).NewDigital}"),
            .. periods.Select(p => lifecycle.GetValueOrDefault(p)).Zip(periods, (l, p) => $"lifecycle {p:yyyy-MM-dd} {l.New} {l.Returning} {l.Resurrecting} {l.Dormant}"),
            .. retention.GroupBy(r => r.Cohort).OrderBy(c => c.Key).SelectMany(c => c.OrderBy(r => r.Offset).Select(r =>
                $"retention {c.Key:yyyy-MM-dd} {c.Single(x => x.Offset == 0).Active} {r.Offset} {r.Active}")),
        ];
    }

    /// <summary>Asserts the API's answer equals the reference, and that the figures are not all zero (the scope saw citizens).</summary>
    public static async Task AssertMatchesAsync(GraphQLClient client, string connectionString, AdoptionScope scope)
    {
        var expected = await ReferenceAsync(connectionString, scope);
        var actual = await AnswerAsync(client, scope);
        Assert.True(expected.SequenceEqual(actual), $"{scope}:\n" + string.Join("\n", Diff(expected, actual)));
        Assert.Contains(expected, line => line.StartsWith("retention ", StringComparison.Ordinal));
    }

    public static AdoptionScope Scope(string? unit, string from, string to, Granularity granularity) =>
        new("samarinda", unit, LocalDate.FromDateOnly(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)),
            LocalDate.FromDateOnly(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), granularity);

    private static IEnumerable<string> Diff(string[] expected, string[] actual) =>
        expected.Except(actual).Select(l => $"- {l}").Concat(actual.Except(expected).Select(l => $"+ {l}"));

    private static string Line(string kind, JsonElement point, params string[] fields) =>
        $"{kind} {point.GetProperty(fields[0]).GetString()} {string.Join(' ', fields.Skip(1).Select(f => point.GetProperty(f).GetInt64()))}";

    private static readonly string Period = AdoptionScope.PeriodOf("day");

    private static readonly string ActiveSql = $"""
        SELECT {Period} AS period, count(DISTINCT citizen_key) AS active, count(DISTINCT citizen_key) FILTER (WHERE digital) AS activedigital
        FROM marten.adoption_citizen_days
        WHERE tenant_id = @Tenant AND day >= @From AND day < @To AND {AdoptionScope.UnitFilter("unit_code")}
        GROUP BY 1
        """;

    private static readonly string NewSql = $"""
        SELECT period, sum(new)::bigint AS new, sum(newdigital)::bigint AS newdigital FROM (
            SELECT {AdoptionScope.PeriodOf("first_use")} AS period, 1 AS new, 0 AS newdigital FROM marten.adoption_citizens
            WHERE tenant_id = @Tenant AND first_use >= @From AND first_use < @To AND {AdoptionScope.UnitFilter("first_unit")}
            UNION ALL
            SELECT {AdoptionScope.PeriodOf("first_digital_use")}, 0, 1 FROM marten.adoption_citizens
            WHERE tenant_id = @Tenant AND first_digital_use >= @From AND first_digital_use < @To AND {AdoptionScope.UnitFilter("first_digital_unit")}
        ) firsts GROUP BY period
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
}
