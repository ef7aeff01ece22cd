using Dapper;
using NodaTime;
using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>Active and new citizens of one period of the adoption series.</summary>
public sealed record CitizenCounts(long Active, long ActiveDigital, long New, long NewDigital);

/// <summary>
/// The citizen figures of the adoption series: from the per-period counters where they answer the scope
/// (<see cref="PeriodCitizenCounts"/>), else, and for a last period they leave out, from the citizen detail tables.
/// </summary>
public static class AdoptionCitizens
{
    public static async Task<IReadOnlyDictionary<LocalDate, CitizenCounts>> ReadAsync(NpgsqlConnection connection, AdoptionScope scope, CancellationToken cancellationToken)
    {
        if (!PeriodCitizenCounts.Covers(scope))
        {
            return await DetailAsync(connection, scope, cancellationToken);
        }

        var counters = await PeriodCitizenCounts.ReadAsync(connection, scope, cancellationToken);
        var counts = counters.Periods.Where(p => p.Key >= scope.PeriodFrom)
            .ToDictionary(p => p.Key, p => new CitizenCounts(p.Value.Active, p.Value.ActiveDigital, p.Value.NewCitizens, p.Value.NewDigital));
        if (counters.Partial is { } partial)
        {
            foreach (var (period, count) in await DetailAsync(connection, partial, cancellationToken))
            {
                counts[period] = count;
            }
        }

        return counts;
    }

    /// <summary>The reference: distinct citizens over their days and first uses (the counters must equal it).</summary>
    public static async Task<Dictionary<LocalDate, CitizenCounts>> DetailAsync(NpgsqlConnection connection, AdoptionScope scope, CancellationToken cancellationToken)
    {
        var active = (await connection.QueryAsync<ActiveRow>(new CommandDefinition(ActiveSql, scope.Parameters, cancellationToken: cancellationToken))).ToDictionary(r => AdoptionScope.Day(r.Period));
        var fresh = (await connection.QueryAsync<NewRow>(new CommandDefinition(NewSql, scope.Parameters, cancellationToken: cancellationToken))).ToDictionary(r => AdoptionScope.Day(r.Period));
        return active.Keys.Union(fresh.Keys).ToDictionary(p => p, p => new CitizenCounts(
            active.GetValueOrDefault(p)?.Active ?? 0, active.GetValueOrDefault(p)?.ActiveDigital ?? 0, fresh.GetValueOrDefault(p)?.New ?? 0, fresh.GetValueOrDefault(p)?.NewDigital ?? 0));
    }

    private static readonly string ActiveSql = $"""
        SELECT {AdoptionScope.PeriodOf("day")} AS period, count(DISTINCT citizen_key) AS active, count(DISTINCT citizen_key) FILTER (WHERE digital) AS activedigital
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

    private sealed record ActiveRow(DateOnly Period, long Active, long ActiveDigital);

    private sealed record NewRow(DateOnly Period, long New, long NewDigital);
}
