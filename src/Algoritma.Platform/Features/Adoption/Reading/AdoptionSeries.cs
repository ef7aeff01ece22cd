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
/// included when a calendar is given (they were computed at projection time, on the calendar in force then).
/// </summary>
public sealed record AdoptionParts(bool Citizens, bool ProcessingTimes, bool Satisfaction)
{
    public static readonly AdoptionParts Everything = new(true, true, true);

    public WorkingCalendar? WorkingCalendar { get; init; }
}

/// <summary>The adoption time series, by DAY, WEEK or MONTH, read from the projection's tables.</summary>
public sealed class AdoptionSeries(AdoptionDatabase database, AdoptionReads answers)
{
    /// <summary>
    /// The usage parts and the citizen figures are kept apart, each under the version of the projection it reads: a
    /// submission's citizen stamp then reads the citizen figures again, not the processing times.
    /// </summary>
    public async Task<IReadOnlyList<AdoptionPoint>> ReadAsync(AdoptionScope scope, AdoptionParts parts, CancellationToken cancellationToken)
    {
        var points = await answers.GetOrReadAsync(scope.TenantId, AdoptionData.Usage,
            (nameof(AdoptionSeries), scope, parts with { Citizens = false, WorkingCalendar = null }, parts.WorkingCalendar is not null),
            () => ReadUsageAsync(scope, parts, cancellationToken), cancellationToken);
        if (!parts.Citizens)
        {
            return points;
        }

        var citizens = await answers.GetOrReadAsync(scope.TenantId, AdoptionData.Citizens, (nameof(AdoptionCitizens), scope),
            () => ReadCitizensAsync(scope, cancellationToken), cancellationToken);
        return [.. points.Select(point => WithCitizens(point, citizens.GetValueOrDefault(point.PeriodStart)))];
    }

    private static AdoptionPoint WithCitizens(AdoptionPoint point, CitizenCounts? counts) => point with
    {
        ActiveCitizens = counts?.Active ?? 0,
        ActiveDigitalCitizens = counts?.ActiveDigital ?? 0,
        NewCitizens = counts?.New ?? 0,
        NewDigitalCitizens = counts?.NewDigital ?? 0,
    };

    private async Task<IReadOnlyList<AdoptionPoint>> ReadUsageAsync(AdoptionScope scope, AdoptionParts parts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        var usage = (await connection.QueryAsync<UsageRow>(Command(UsageSql, scope, cancellationToken))).ToDictionary(r => Day(r.Period));
        var times = parts.ProcessingTimes ? await PeriodProcessingTimes.ReadAsync(connection, scope, parts.WorkingCalendar is not null, cancellationToken) : null;
        var ratings = parts.Satisfaction ? await PeriodSatisfaction.ReadAsync(connection, scope, cancellationToken) : null;

        return [.. Periods(scope).Select(period => new AdoptionPoint(period, usage.GetValueOrDefault(period)?.Counts ?? UsageCounts.Zero)
        {
            CounterVisitsAvoided = usage.GetValueOrDefault(period)?.VisitsAvoided ?? 0,
            ProcessingTimes = times is null ? null : times.GetValueOrDefault(period) ?? [],
            Satisfaction = ratings is null ? null : ratings.GetValueOrDefault(period) ?? IkmSums.Empty,
        })];
    }

    private async Task<IReadOnlyDictionary<LocalDate, CitizenCounts>> ReadCitizensAsync(AdoptionScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        return await AdoptionCitizens.ReadAsync(connection, scope, cancellationToken);
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
        SELECT {Period} AS period, {AdoptionScope.UsageSums},
               coalesce(sum(completed) FILTER (WHERE channel = 'ONLINE'), 0)::bigint AS visitsavoided
        FROM marten.adoption_usage_rollup
        WHERE tenant_id = @Tenant AND scope_code = coalesce(@Unit, '') AND day >= @From AND day < @To
        GROUP BY 1
        """;

    private sealed record UsageRow(
        DateOnly Period, long Started, long Completed, long DigitalCompleted, long Rejected, long CompletedWithinSla, long DigitalSubmitted, long VisitsAvoided)
    {
        public UsageCounts Counts => new(Started, Completed, DigitalCompleted, Rejected, CompletedWithinSla, DigitalSubmitted);
    }

}
