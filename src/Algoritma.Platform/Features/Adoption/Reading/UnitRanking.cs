using Algoritma.Platform.Features.Catalog;
using Dapper;

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
public sealed class UnitRanking(AdoptionDatabase database)
{
    /// <summary>The fewest completed requests a unit needs to be ranked, unless the caller names another minimum.</summary>
    public const int DefaultMinCompleted = 30;

    public async Task<IReadOnlyList<RankedUnit>> RankAsync(
        AdoptionScope scope, RankingMetric metric, UnitLevel level, CancellationToken cancellationToken, long minCompleted = DefaultMinCompleted)
    {
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, Sql, level == UnitLevel.Kecamatan ? 3 : 4);
        var months = UnitMonthUsage.WholeMonths(scope.PeriodFrom, scope.To, []);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, UnitMonthUsage.Parameters(scope.Parameters, scope.PeriodFrom, scope.To, months), cancellationToken: cancellationToken));
        return Rank([.. rows.Select(r => (r.UnitCode, r.Counts))], metric, minCompleted);
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
    // whole months from the month roll-up, the other days from daily usage (UnitMonthUsage)
    private static readonly string Sql = $$"""
        SELECT array_to_string((string_to_array(unit_code, '.'))[1:{0}], '.') AS unitcode,
               {{AdoptionScope.UsageSums}}
        FROM ({{UnitMonthUsage.Rows}}) usage
        WHERE cardinality(string_to_array(unit_code, '.')) >= {0} AND {{AdoptionScope.UnitFilter("unit_code")}}
        GROUP BY 1
        """;

    private sealed record Row(string UnitCode, long Started, long Completed, long DigitalCompleted, long Rejected, long CompletedWithinSla, long DigitalSubmitted)
    {
        public UsageCounts Counts => new(Started, Completed, DigitalCompleted, Rejected, CompletedWithinSla, DigitalSubmitted);
    }
}
