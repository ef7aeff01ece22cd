using Algoritma.Platform.Features.Catalog;
using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

public enum RankingMetric
{
    DigitalTakeUp,
    CompletionRate,
    SlaCompliance,
    Started,
    Completed,
}

/// <summary>
/// A unit's place: best first. A unit with too little volume (fewer completed requests than the minimum) or no value
/// for the metric is listed after the ranked ones, unranked (rank null): six requests are no basis for a first place.
/// </summary>
public sealed record RankedUnit(int? Rank, string UnitCode, decimal? Value, UsageCounts Counts);

/// <summary>Units of one level ranked by a metric over a period, from the daily-usage projection.</summary>
public sealed class UnitRanking(AdoptionDatabase database, AdoptionReads answers)
{
    /// <summary>The fewest completed requests a unit needs to be ranked, unless the caller names another minimum.</summary>
    public const int DefaultMinCompleted = 30;

    public Task<IReadOnlyList<RankedUnit>> RankAsync(
        AdoptionScope scope, RankingMetric metric, UnitLevel level, CancellationToken cancellationToken, long minCompleted = DefaultMinCompleted) =>
        answers.GetOrReadAsync(scope.TenantId, AdoptionData.Usage, (nameof(UnitRanking), scope, metric, level, minCompleted),
            () => RankUncachedAsync(scope, metric, level, minCompleted, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<RankedUnit>> RankUncachedAsync(
        AdoptionScope scope, RankingMetric metric, UnitLevel level, long minCompleted, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, Sql, level == UnitLevel.Kecamatan ? 3 : 4);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("Tenant", scope.TenantId);
        command.Parameters.AddWithValue("Unit", NpgsqlTypes.NpgsqlDbType.Text, (object?)scope.Unit ?? DBNull.Value);
        UnitUsageTerms.Plan(scope.PeriodFrom, scope.To, []).AddParameters(command);
        var units = new List<(string UnitCode, UsageCounts Counts)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                units.Add((reader.GetString(0), new UsageCounts(
                    reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6))));
            }
        }

        return Rank(units, metric, minCompleted);
    }

    /// <summary>Ranks units with a value and enough completed requests; the others follow, unranked.</summary>
    public static IReadOnlyList<RankedUnit> Rank(IReadOnlyList<(string UnitCode, UsageCounts Counts)> units, RankingMetric metric, long minCompleted)
    {
        var valued = units.Select(u => (u.UnitCode, u.Counts, Value: ValueOf(metric, u.Counts)))
            .Select(u => (u.UnitCode, u.Counts, u.Value, Ranked: u.Value.HasValue && u.Counts.Completed >= minCompleted))
            .OrderByDescending(u => u.Ranked).ThenByDescending(u => u.Value).ThenBy(u => u.UnitCode, StringComparer.Ordinal).ToList();
        return [.. valued.Select((u, index) => new RankedUnit(u.Ranked ? index + 1 : null, u.UnitCode, u.Value, u.Counts))];
    }

    public static decimal? ValueOf(RankingMetric metric, UsageCounts counts) => metric switch
    {
        RankingMetric.DigitalTakeUp => AdoptionMetrics.DigitalTakeUp(counts),
        RankingMetric.CompletionRate => AdoptionMetrics.CompletionRate(counts),
        RankingMetric.SlaCompliance => AdoptionMetrics.SlaCompliance(counts),
        RankingMetric.Started => counts.Started,
        _ => counts.Completed,
    };

    // {0}: how many segments of the Kemendagri code name the level (64.72.01 kecamatan, 64.72.01.1001 kelurahan)
    // the range as one segment of month roll-up rows and a few day rows (UnitUsageTerms); the columns in UsageCounts' order
    private static readonly string Sql = $$"""
        SELECT array_to_string((string_to_array(unit_code, '.'))[1:{0}], '.') AS unitcode,
               {{AdoptionScope.UsageSums}}
        FROM ({{UnitUsageTerms.Rows}}) usage
        WHERE cardinality(string_to_array(unit_code, '.')) >= {0} AND {{AdoptionScope.UnitFilter("unit_code")}}
        GROUP BY 1
        {{UnitUsageTerms.HasUsage}}
        """;
}
