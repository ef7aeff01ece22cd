using Algoritma.Platform.Features.Satisfaction;
using Dapper;
using NodaTime;
using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>IKM element sums per period from the satisfaction roll-up: exact, a row per period (day rows for a partial last one).</summary>
internal static class PeriodSatisfaction
{
    public static async Task<Dictionary<LocalDate, IkmSums>> ReadAsync(NpgsqlConnection connection, AdoptionScope scope, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, PeriodRollupScope.Parameters(scope), cancellationToken: cancellationToken));
        return rows.GroupBy(r => AdoptionScope.Day(r.Period)).ToDictionary(g => g.Key, g => new IkmSums(
            [.. Enumerable.Range(0, 9).Select(i => g.Sum(r => r.Elements[i]))], g.Sum(r => r.Responses)));
    }

    private static readonly string Sql = PeriodRollupScope.Rows(
        "marten.adoption_satisfaction_rollup", "responses, ARRAY[u1, u2, u3, u4, u5, u6, u7, u8, u9] AS elements");

    // a class, not a positional record: Dapper hands arrays over as System.Array, which only a setter accepts
    private sealed class Row
    {
        public DateOnly Period { get; init; }

        public long Responses { get; init; }

        public long[] Elements { get; init; } = [];
    }
}
