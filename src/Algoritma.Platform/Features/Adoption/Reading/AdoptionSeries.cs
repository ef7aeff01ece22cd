using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Satisfaction;
using Dapper;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// Processing time of the requests completed in a period through one channel (or all digital ones), elapsed and, when
/// asked for, in working time (office hours of the tenant's working days only).
/// </summary>
public sealed record ProcessingTime(string Channel, long Completed, Duration Median, Duration P90)
{
    public Duration? MedianWorking { get; init; }

    public Duration? P90Working { get; init; }
}

/// <summary>One period of the adoption series. The parts a caller did not ask for stay null.</summary>
public sealed record AdoptionPoint(LocalDate PeriodStart, UsageCounts Counts)
{
    public long? ActiveCitizens { get; init; }

    public long? ActiveDigitalCitizens { get; init; }

    public long? NewCitizens { get; init; }

    public long? NewDigitalCitizens { get; init; }

    public IReadOnlyList<ProcessingTime>? ProcessingTimes { get; init; }

    public IkmSums? Satisfaction { get; init; }

    /// <summary>Digital completions that needed no visit to an office (ONLINE), counted on their completion day.</summary>
    public long CounterVisitsAvoided { get; init; }
}

/// <summary>
/// Which parts of a point to compute: each is one more query over the projection. Working-time percentiles are
/// computed when a calendar is given.
/// </summary>
public sealed record AdoptionParts(bool Citizens, bool ProcessingTimes, bool Satisfaction)
{
    public static readonly AdoptionParts Everything = new(true, true, true);

    public WorkingCalendar? WorkingCalendar { get; init; }
}

/// <summary>The adoption time series, by DAY, WEEK or MONTH, read from the projection's tables.</summary>
public sealed class AdoptionSeries(AdoptionDatabase database)
{
    public async Task<IReadOnlyList<AdoptionPoint>> ReadAsync(AdoptionScope scope, AdoptionParts parts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        var usage = (await connection.QueryAsync<UsageRow>(Command(UsageSql, scope, cancellationToken))).ToDictionary(r => Day(r.Period));
        var citizens = parts.Citizens ? await AdoptionCitizens.ReadAsync(connection, scope, cancellationToken) : null;
        var times = parts.ProcessingTimes ? (await connection.QueryAsync<TimeRow>(Command(TimesSql, scope, cancellationToken))).ToLookup(r => Day(r.Period)) : null;
        var working = parts.ProcessingTimes && parts.WorkingCalendar is { } calendar
            ? WorkingPercentiles(await connection.QueryAsync<CompletionRow>(Command(CompletionsSql, scope, cancellationToken)), calendar)
            : null;
        var ratings = parts.Satisfaction ? (await connection.QueryAsync<RatingRow>(Command(RatingSql, scope, cancellationToken))).ToDictionary(r => Day(r.Period)) : null;

        return [.. Periods(scope).Select(period => new AdoptionPoint(period, usage.GetValueOrDefault(period)?.Counts ?? UsageCounts.Zero)
        {
            CounterVisitsAvoided = usage.GetValueOrDefault(period)?.VisitsAvoided ?? 0,
            ActiveCitizens = citizens is null ? null : citizens.GetValueOrDefault(period)?.Active ?? 0,
            ActiveDigitalCitizens = citizens is null ? null : citizens.GetValueOrDefault(period)?.ActiveDigital ?? 0,
            NewCitizens = citizens is null ? null : citizens.GetValueOrDefault(period)?.New ?? 0,
            NewDigitalCitizens = citizens is null ? null : citizens.GetValueOrDefault(period)?.NewDigital ?? 0,
            ProcessingTimes = times is null ? null : [.. times[period].OrderBy(t => t.Channel, StringComparer.Ordinal)
                .Select(t => WithWorking(t.ToProcessingTime(), working?.GetValueOrDefault((period, t.Channel))))],
            Satisfaction = ratings is null ? null : ratings.GetValueOrDefault(period)?.Sums ?? IkmSums.Empty,
        })];
    }

    /// <summary>Every period start in the scope, so that quiet periods show as zeros rather than gaps.</summary>
    public static IEnumerable<LocalDate> Periods(AdoptionScope scope)
    {
        for (var period = scope.PeriodFrom; period < scope.To; period = Next(period, scope.Granularity))
        {
            yield return period;
        }
    }

    public static LocalDate Next(LocalDate period, Granularity granularity) => granularity switch
    {
        Granularity.Day => period.PlusDays(1),
        Granularity.Week => period.PlusWeeks(1),
        _ => period.PlusMonths(1),
    };

    private static ProcessingTime WithWorking(ProcessingTime time, (Duration Median, Duration P90)? working) =>
        working is { } w ? time with { MedianWorking = w.Median, P90Working = w.P90 } : time;

    /// <summary>Median and p90 working time per period and channel (and DIGITAL for the non-counter channels together).</summary>
    private static Dictionary<(LocalDate, string), (Duration, Duration)> WorkingPercentiles(IEnumerable<CompletionRow> rows, WorkingCalendar calendar)
    {
        var timed = rows.Select(r => (Period: Day(r.Period), r.Channel,
            Working: SlaCalculator.WorkingTimeBetween(Instant.FromDateTimeUtc(r.SubmittedAt), Instant.FromDateTimeUtc(r.CompletedAt), calendar))).ToList();
        var groups = timed.Select(t => (Key: (t.Period, t.Channel), t.Working))
            .Concat(timed.Where(t => t.Channel != "COUNTER").Select(t => (Key: (t.Period, "DIGITAL"), t.Working)));
        return groups.GroupBy(g => g.Key, g => g.Working).ToDictionary(g => g.Key, g =>
        {
            var values = g.ToList();
            return (AdoptionMetrics.Percentile(values, 50)!.Value, AdoptionMetrics.Percentile(values, 90)!.Value);
        });
    }

    private static CommandDefinition Command(string sql, AdoptionScope scope, CancellationToken cancellationToken) =>
        new(sql, scope.Parameters, cancellationToken: cancellationToken);

    private static LocalDate Day(DateOnly value) => AdoptionScope.Day(value);

    private static readonly string Period = AdoptionScope.PeriodOf("day");

    // the roll-up holds one row per day and channel for the city, each kecamatan and each kelurahan
    private static readonly string UsageSql = $"""
        SELECT {Period} AS period, {AdoptionScope.UsageSums},
               coalesce(sum(completed) FILTER (WHERE channel = 'ONLINE'), 0)::bigint AS visitsavoided
        FROM marten.adoption_usage_rollup
        WHERE tenant_id = @Tenant AND scope_code = coalesce(@Unit, '') AND day >= @From AND day < @To
        GROUP BY 1
        """;

    // percentile_cont interpolates linearly between ranks, as AdoptionMetrics.Percentile does
    private static readonly string TimesSql = $"""
        SELECT {Period} AS period, CASE WHEN GROUPING(channel) = 1 THEN 'DIGITAL' ELSE channel END AS channel, count(*) AS completed,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY processing_seconds) AS medianseconds,
               percentile_cont(0.9) WITHIN GROUP (ORDER BY processing_seconds) AS p90seconds
        FROM marten.adoption_completions
        WHERE tenant_id = @Tenant AND day >= @From AND day < @To AND {AdoptionScope.UnitFilter("unit_code")}
        GROUP BY GROUPING SETS (({Period}, channel), ({Period}, channel <> 'COUNTER'))
        HAVING GROUPING(channel) = 0 OR bool_and(channel <> 'COUNTER')
        """;

    // each completion's instants, for its working time on the tenant's calendar (computed by the reader)
    private static readonly string CompletionsSql = $"""
        SELECT {AdoptionScope.PeriodOf("c.day")} AS period, c.channel, f.submitted_at AS submittedat,
               f.submitted_at + c.processing_seconds * interval '1 second' AS completedat
        FROM marten.adoption_completions c
        JOIN marten.adoption_request_facts f ON f.tenant_id = c.tenant_id AND f.request_id = c.request_id
        WHERE c.tenant_id = @Tenant AND c.day >= @From AND c.day < @To AND {AdoptionScope.UnitFilter("c.unit_code")}
        """;

    private static readonly string RatingSql = $"""
        SELECT {Period} AS period, sum(responses)::bigint AS responses, sum(u1)::bigint AS u1, sum(u2)::bigint AS u2, sum(u3)::bigint AS u3, sum(u4)::bigint AS u4, sum(u5)::bigint AS u5,
               sum(u6)::bigint AS u6, sum(u7)::bigint AS u7, sum(u8)::bigint AS u8, sum(u9)::bigint AS u9
        FROM marten.adoption_satisfaction_daily
        WHERE tenant_id = @Tenant AND day >= @From AND day < @To AND {AdoptionScope.UnitFilter("unit_code")}
        GROUP BY 1
        """;

    private sealed record UsageRow(
        DateOnly Period, long Started, long Completed, long DigitalCompleted, long Rejected, long CompletedWithinSla, long DigitalSubmitted, long VisitsAvoided)
    {
        public UsageCounts Counts => new(Started, Completed, DigitalCompleted, Rejected, CompletedWithinSla, DigitalSubmitted);
    }

    private sealed record CompletionRow(DateOnly Period, string Channel, DateTime SubmittedAt, DateTime CompletedAt);

    private sealed record TimeRow(DateOnly Period, string Channel, long Completed, double MedianSeconds, double P90Seconds)
    {
        public ProcessingTime ToProcessingTime() => new(Channel, Completed, Duration.FromSeconds(MedianSeconds), Duration.FromSeconds(P90Seconds));
    }

    private sealed record RatingRow(DateOnly Period, long Responses, long U1, long U2, long U3, long U4, long U5, long U6, long U7, long U8, long U9)
    {
        public IkmSums Sums => new([U1, U2, U3, U4, U5, U6, U7, U8, U9], Responses);
    }
}
