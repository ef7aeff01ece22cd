using Algoritma.Platform.Features.Adoption.Rollups;
using NodaTime;
using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// Processing-time percentiles per period and channel (and DIGITAL: the non-counter channels together) from the
/// histograms the projection keeps (<see cref="DurationHistogram"/>: within 2.5% + 30 s of the exact percentile);
/// the completed counts are exact.
/// </summary>
internal static class PeriodProcessingTimes
{
    public static async Task<ILookup<LocalDate, ProcessingTime>> ReadAsync(
        NpgsqlConnection connection, AdoptionScope scope, bool working, CancellationToken cancellationToken)
    {
        var rows = await ReadRowsAsync(connection, scope, cancellationToken);
        var sums = new Dictionary<(LocalDate Period, string Channel), (long[] Elapsed, long[] Working)>();
        foreach (var row in rows)
        {
            var period = AdoptionScope.Day(row.Period);
            foreach (var channel in row.Channel == "COUNTER" ? [row.Channel] : new[] { row.Channel, "DIGITAL" })
            {
                if (!sums.TryGetValue((period, channel), out var sum))
                {
                    sum = (new long[DurationHistogram.Buckets], new long[DurationHistogram.Buckets]);
                    sums[(period, channel)] = sum;
                }

                DurationHistogram.Add(sum.Elapsed, row.Elapsed);
                DurationHistogram.Add(sum.Working, row.Working);
            }
        }

        return sums.Select(s => (s.Key.Period, Time: ToTime(s.Key.Channel, s.Value.Elapsed, working ? s.Value.Working : null)))
            .ToLookup(t => t.Period, t => t.Time);
    }

    private static ProcessingTime ToTime(string channel, long[] elapsed, long[]? working)
    {
        var time = new ProcessingTime(channel, elapsed.Sum(), Hours(elapsed, 50), Hours(elapsed, 90));
        return working is null ? time : time with { MedianWorking = Hours(working, 50), P90Working = Hours(working, 90) };
    }

    private static Duration Hours(long[] counts, double p) => Duration.FromSeconds(DurationHistogram.Percentile(counts, p) ?? 0);

    // the arrays read typed, not through Dapper's object path: a year by week is some 230 rows of 2 × 312 counts
    private static async Task<List<Row>> ReadRowsAsync(NpgsqlConnection connection, AdoptionScope scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("Tenant", scope.TenantId);
        command.Parameters.AddWithValue("Unit", NpgsqlTypes.NpgsqlDbType.Text, (object?)scope.Unit ?? DBNull.Value);
        command.Parameters.AddWithValue("Grain", scope.Granularity.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("From", scope.PeriodFrom.ToDateOnly());
        command.Parameters.AddWithValue("Whole", PeriodRollupScope.Whole(scope).ToDateOnly());
        command.Parameters.AddWithValue("To", scope.To.ToDateOnly());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Row
            {
                Period = reader.GetFieldValue<DateOnly>(0),
                Channel = reader.GetString(1),
                Elapsed = reader.GetFieldValue<int[]>(2),
                Working = reader.GetFieldValue<int[]>(3),
            });
        }

        return rows;
    }

    private static readonly string Sql = PeriodRollupScope.Rows("marten.adoption_processing_times", "channel, elapsed, working");

    private sealed class Row
    {
        public DateOnly Period { get; init; }

        public string Channel { get; init; } = "";

        public int[] Elapsed { get; init; } = [];

        public int[] Working { get; init; } = [];
    }
}
