using Dapper;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>Submissions on one weekday of a period, counted on the day of submission.</summary>
public sealed record WeekdaySubmissions(IsoDayOfWeek Weekday, UsageCounts Counts, bool PriorityDay)
{
    public decimal? DigitalShare => AdoptionMetrics.DigitalSubmittedShare(Counts);
}

/// <summary>Submissions by weekday of submission over [From, To): how priority days can be judged.</summary>
public sealed class WeekdaySubmissionsReader(AdoptionDatabase database)
{
    public async Task<IReadOnlyList<WeekdaySubmissions>> ReadAsync(AdoptionScope scope, IReadOnlySet<IsoDayOfWeek> priorityDays, CancellationToken cancellationToken)
    {
        var daily = scope with { Granularity = Granularity.Day };
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, daily.Parameters, cancellationToken: cancellationToken))).ToDictionary(r => r.Weekday);
        return [.. Enumerable.Range(1, 7).Select(day => new WeekdaySubmissions((IsoDayOfWeek)day,
            rows.GetValueOrDefault(day) is { } r ? new UsageCounts(r.Submitted, 0, 0, 0, 0, r.DigitalSubmitted) : UsageCounts.Zero,
            priorityDays.Contains((IsoDayOfWeek)day)))];
    }

    private const string Sql = """
        SELECT extract(isodow FROM day)::int AS weekday, sum(started)::bigint AS submitted,
               coalesce(sum(started) FILTER (WHERE channel <> 'COUNTER'), 0)::bigint AS digitalsubmitted
        FROM marten.adoption_usage_rollup
        WHERE tenant_id = @Tenant AND scope_code = coalesce(@Unit, '') AND day >= @From AND day < @To
        GROUP BY 1
        """;

    private sealed record Row(int Weekday, long Submitted, long DigitalSubmitted);
}
