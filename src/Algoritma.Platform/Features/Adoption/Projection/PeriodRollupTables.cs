using Algoritma.Platform.Features.Adoption.Rollups;
using Algoritma.Platform.Persistence;
using Weasel.Core;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// Period roll-ups the dashboard reads instead of day rows: per grain ('day', 'week', 'month'), period start and scope
/// (the city '', a kecamatan, a kelurahan), written by <see cref="PeriodRollupBatch"/> in the adoption projection's
/// transaction. A series reads one row per period (and the day rows of a partial last period): the key puts the scope
/// before the period, so a scope's series is one index range.
/// </summary>
internal static class PeriodRollupTables
{
    /// <summary>
    /// Processing-time histograms (<see cref="DurationHistogram"/>) per grain × period × scope × channel, of the elapsed
    /// and the working seconds of the requests completed in the period: dense int[] of counts, bucket i at position i + 1.
    /// </summary>
    public static readonly Table ProcessingTimes = AdoptionTables.Define("adoption_processing_times", ["grain text", "scope_code text", "period date", "channel text"], table =>
    {
        table.AddColumn("elapsed", "integer[]").NotNull();
        table.AddColumn("working", "integer[]").NotNull();
    });

    /// <summary>IKM element sums per grain × period × scope (services summed).</summary>
    public static readonly Table Satisfaction = AdoptionTables.Define("adoption_satisfaction_rollup", ["grain text", "scope_code text", "period date"], table =>
    {
        foreach (var name in new[] { "responses" }.Concat(Enumerable.Range(1, 9).Select(i => $"u{i}")))
        {
            table.AddColumn(name, "bigint").NotNull().DefaultValueByExpression("0");
        }
    });

    /// <summary>Daily usage summed per calendar month × unit × channel (services summed): rankings and campaign progress.</summary>
    public static readonly Table UnitMonths = AdoptionTables.Define("adoption_unit_month_usage", ["month date", "unit_code text", "channel text"], table =>
    {
        foreach (var name in new[] { "started", "completed", "rejected", "completed_within_sla" })
        {
            table.AddColumn(name, "bigint").NotNull().DefaultValueByExpression("0");
        }
    });

    public static readonly IReadOnlyList<Table> All = [ProcessingTimes, Satisfaction, UnitMonths];

    /// <summary>
    /// A histogram with counts added at a few positions (1-based), the rest left as they are. PL/pgSQL assigns array
    /// elements in place, so a kept histogram merges a batch's dozen non-zero buckets in about 8 µs, where adding two
    /// dense arrays element by element in SQL took about 50 µs per histogram.
    /// </summary>
    public static readonly Function AddCounts = Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{EventStoreSchema.SchemaName}}.adoption_add_counts(counts integer[], positions integer[], increments integer[])
        RETURNS integer[] LANGUAGE plpgsql IMMUTABLE AS $function$
        BEGIN
            FOR i IN 1 .. cardinality(positions) LOOP
                counts[positions[i]] := counts[positions[i]] + increments[i];
            END LOOP;
            RETURN counts;
        END;
        $function$;
        """);

    /// <summary>Everything to register with the event store: the tables and the function.</summary>
    public static IEnumerable<ISchemaObject> SchemaObjects => [.. All, AddCounts];
}
