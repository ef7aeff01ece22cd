using Dapper;
using NodaTime;
using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>The pre-aggregated citizen counters of one period and scope (see Projection.PeriodCitizensTables).</summary>
public sealed record PeriodCitizens(long Active, long ActiveDigital, long WithPrevious, long NewActive, long NewCitizens, long NewDigital)
{
    public static readonly PeriodCitizens Zero = new(0, 0, 0, 0, 0, 0);
}

/// <summary>
/// The citizen counters of a WEEK or MONTH scope, one row per period (and the period before From, for lifecycle's
/// dormant). They are exact for every whole period, and for a last period that To cuts short when nobody used a
/// service between To and the period's end (the usual "up to today"). Otherwise <see cref="Partial"/> is that last
/// period's scope, which the caller counts from the detail tables, and <see cref="Periods"/> leaves it out.
/// </summary>
public sealed record PeriodCitizenCounts(IReadOnlyDictionary<LocalDate, PeriodCitizens> Periods, AdoptionScope? Partial)
{
    /// <summary>
    /// Whether the counters answer the scope: WEEK or MONTH, for the city or a unit whose code is a scope of the
    /// counters (a kecamatan, three segments, or a kelurahan, four), as in the usage roll-up.
    /// </summary>
    public static bool Covers(AdoptionScope scope) =>
        scope.Granularity is Granularity.Week or Granularity.Month && (scope.Unit is null || scope.Unit.Split('.').Length is 3 or 4);

    public static async Task<PeriodCitizenCounts> ReadAsync(NpgsqlConnection connection, AdoptionScope scope, CancellationToken cancellationToken)
    {
        var (end, parameters) = Edge(scope);
        var rows = (await connection.QueryAsync<CounterRow>(new CommandDefinition(CountersSql, parameters, cancellationToken: cancellationToken))).ToList();
        var periods = rows.Where(r => r.Period is not null).ToDictionary(r => AdoptionScope.Day(r.Period!.Value), r => r.ToCounts());
        if (!rows[0].Tail)
        {
            return new(periods, null);
        }

        var last = AdoptionMetrics.PeriodStart(end.PlusDays(-1), scope.Granularity);
        periods.Remove(last);
        return new(periods, scope with { From = last });
    }

    /// <summary>
    /// The end of the scope's last period, and the query parameters with it as <c>@End</c>: the counters' rows for that
    /// period stand for [period start, To) only if no citizen day lies in [To, End) (<c>tail</c> false).
    /// </summary>
    internal static (LocalDate End, DynamicParameters Parameters) Edge(AdoptionScope scope)
    {
        var end = scope.To <= scope.PeriodFrom ? scope.To : AdoptionSeries.Next(AdoptionMetrics.PeriodStart(scope.To.PlusDays(-1), scope.Granularity), scope.Granularity);
        var parameters = new DynamicParameters(scope.Parameters);
        parameters.Add("End", end.ToDateOnly());
        return (end, parameters);
    }

    /// <summary>Whether any citizen used a service in [@To, @End), in one snapshot with the counters read beside it.</summary>
    internal const string Tail = """
        WITH tail AS (SELECT EXISTS (SELECT 1 FROM marten.adoption_citizen_days WHERE tenant_id = @Tenant AND day >= @To AND day < @End) AS tail)
        """;

    private static readonly string CountersSql = $"""
        {Tail}
        SELECT t.tail, c.period, c.active, c.active_digital AS activedigital, c.with_previous AS withprevious, c.new_active AS newactive,
               c.new_citizens AS newcitizens, c.new_digital AS newdigital
        FROM tail t LEFT JOIN marten.adoption_period_counts c ON c.tenant_id = @Tenant AND c.grain = @Grain AND c.scope_code = coalesce(@Unit, '')
            AND c.period >= (@From::date - @Step::interval)::date AND c.period < @To
        """;

    private sealed record CounterRow(bool Tail, DateOnly? Period, long? Active, long? ActiveDigital, long? WithPrevious, long? NewActive, long? NewCitizens, long? NewDigital)
    {
        public PeriodCitizens ToCounts() => new(Active ?? 0, ActiveDigital ?? 0, WithPrevious ?? 0, NewActive ?? 0, NewCitizens ?? 0, NewDigital ?? 0);
    }
}
