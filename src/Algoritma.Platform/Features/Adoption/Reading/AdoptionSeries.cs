using Algoritma.Platform.Features.Satisfaction;
using Dapper;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>Processing time of the requests completed in a period through one channel (or all digital ones).</summary>
public sealed record ProcessingTime(string Channel, long Completed, Duration Median, Duration P90);

/// <summary>One period of the adoption series. The parts a caller did not ask for stay null.</summary>
public sealed record AdoptionPoint(LocalDate PeriodStart, UsageCounts Counts)
{
    public long? ActiveCitizens { get; init; }

    public long? ActiveDigitalCitizens { get; init; }

    public long? NewCitizens { get; init; }

    public long? NewDigitalCitizens { get; init; }

    public IReadOnlyList<ProcessingTime>? ProcessingTimes { get; init; }

    public IkmSums? Satisfaction { get; init; }

    /// <summary>Median counter time minus median digital time; null unless both channels completed something.</summary>
    public Duration? TimeSaved =>
        ProcessingTimes?.FirstOrDefault(p => p.Channel == "COUNTER") is { } counter && ProcessingTimes.FirstOrDefault(p => p.Channel == "DIGITAL") is { } digital
            ? counter.Median - digital.Median
            : null;
}

/// <summary>Which parts of a point to compute: each is one more query over the projection.</summary>
public sealed record AdoptionParts(bool Citizens, bool ProcessingTimes, bool Satisfaction)
{
    public static readonly AdoptionParts Everything = new(true, true, true);
}

/// <summary>The adoption time series, by DAY, WEEK or MONTH, read from the projection's tables.</summary>
public sealed class AdoptionSeries(AdoptionDatabase database)
{
    public async Task<IReadOnlyList<AdoptionPoint>> ReadAsync(AdoptionScope scope, AdoptionParts parts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        var usage = (await connection.QueryAsync<UsageRow>(Command(UsageSql, scope, cancellationToken))).ToDictionary(r => Day(r.Period));
        var active = parts.Citizens ? (await connection.QueryAsync<ActiveRow>(Command(ActiveSql, scope, cancellationToken))).ToDictionary(r => Day(r.Period)) : null;
        var fresh = parts.Citizens ? (await connection.QueryAsync<NewRow>(Command(NewSql, scope, cancellationToken))).ToDictionary(r => Day(r.Period)) : null;
        var times = parts.ProcessingTimes ? (await connection.QueryAsync<TimeRow>(Command(TimesSql, scope, cancellationToken))).ToLookup(r => Day(r.Period)) : null;
        var ratings = parts.Satisfaction ? (await connection.QueryAsync<RatingRow>(Command(RatingSql, scope, cancellationToken))).ToDictionary(r => Day(r.Period)) : null;

        return [.. Periods(scope).Select(period => new AdoptionPoint(period, usage.GetValueOrDefault(period)?.Counts ?? UsageCounts.Zero)
        {
            ActiveCitizens = active is null ? null : active.GetValueOrDefault(period)?.Active ?? 0,
            ActiveDigitalCitizens = active is null ? null : active.GetValueOrDefault(period)?.ActiveDigital ?? 0,
            NewCitizens = fresh is null ? null : fresh.GetValueOrDefault(period)?.New ?? 0,
            NewDigitalCitizens = fresh is null ? null : fresh.GetValueOrDefault(period)?.NewDigital ?? 0,
            ProcessingTimes = times is null ? null : [.. times[period].OrderBy(t => t.Channel, StringComparer.Ordinal).Select(t => t.ToProcessingTime())],
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

    private static CommandDefinition Command(string sql, AdoptionScope scope, CancellationToken cancellationToken) =>
        new(sql, scope.Parameters, cancellationToken: cancellationToken);

    private static LocalDate Day(DateOnly value) => AdoptionScope.Day(value);

    private static readonly string Period = AdoptionScope.PeriodOf("day");

    // the roll-up holds one row per day and channel for the city, each kecamatan and each kelurahan
    private static readonly string UsageSql = $"""
        SELECT {Period} AS period, {AdoptionScope.UsageSums}
        FROM marten.adoption_usage_rollup
        WHERE tenant_id = @Tenant AND scope_code = coalesce(@Unit, '') AND day >= @From AND day < @To
        GROUP BY 1
        """;

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

    private static readonly string RatingSql = $"""
        SELECT {Period} AS period, sum(responses)::bigint AS responses, sum(u1)::bigint AS u1, sum(u2)::bigint AS u2, sum(u3)::bigint AS u3, sum(u4)::bigint AS u4, sum(u5)::bigint AS u5,
               sum(u6)::bigint AS u6, sum(u7)::bigint AS u7, sum(u8)::bigint AS u8, sum(u9)::bigint AS u9
        FROM marten.adoption_satisfaction_daily
        WHERE tenant_id = @Tenant AND day >= @From AND day < @To AND {AdoptionScope.UnitFilter("unit_code")}
        GROUP BY 1
        """;

    private sealed record UsageRow(DateOnly Period, long Started, long Completed, long DigitalCompleted, long Rejected, long CompletedWithinSla)
    {
        public UsageCounts Counts => new(Started, Completed, DigitalCompleted, Rejected, CompletedWithinSla);
    }

    private sealed record ActiveRow(DateOnly Period, long Active, long ActiveDigital);

    private sealed record NewRow(DateOnly Period, long New, long NewDigital);

    private sealed record TimeRow(DateOnly Period, string Channel, long Completed, double MedianSeconds, double P90Seconds)
    {
        public ProcessingTime ToProcessingTime() => new(Channel, Completed, Duration.FromSeconds(MedianSeconds), Duration.FromSeconds(P90Seconds));
    }

    private sealed record RatingRow(DateOnly Period, long Responses, long U1, long U2, long U3, long U4, long U5, long U6, long U7, long U8, long U9)
    {
        public IkmSums Sums => new([U1, U2, U3, U4, U5, U6, U7, U8, U9], Responses);
    }
}
