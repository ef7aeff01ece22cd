using System.Buffers.Binary;
using Algoritma.Platform.Features.Adoption.Rollups;
using NodaTime;
using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// Processing-time percentiles per period and channel (and DIGITAL: the non-counter channels together) from the
/// histograms the projection keeps (<see cref="DurationHistogram"/>: within 2.5% + 30 s of the exact percentile);
/// the completed counts are exact. The rows come in period order, so one period's sums are held at a time.
/// </summary>
internal static class PeriodProcessingTimes
{
    // in the order the series lists them (ordinal)
    private static readonly string[] Channels = ["ASSISTED", "COUNTER", "DIGITAL", "KIOSK", "ONLINE"];
    private const int Counter = 1;
    private const int Digital = 2;

    /// <summary>Each period's times, ordered by channel; a period nothing was completed in is missing.</summary>
    public static async Task<Dictionary<LocalDate, IReadOnlyList<ProcessingTime>>> ReadAsync(
        NpgsqlConnection connection, AdoptionScope scope, bool working, CancellationToken cancellationToken)
    {
        var buckets = DurationHistogram.Buckets;
        var sums = new long[Channels.Length * 2 * buckets];
        var present = new bool[Channels.Length];
        var times = new Dictionary<LocalDate, IReadOnlyList<ProcessingTime>>();
        LocalDate? current = null;
        await using var command = Command(connection, scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var period = LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(0));
            if (current != period)
            {
                Flush(current, sums, present, working, times);
                current = period;
            }

            var channel = Array.IndexOf(Channels, reader.GetString(1));
            if (channel < 0 || channel == Digital)
            {
                throw new InvalidOperationException($"Unknown channel '{reader.GetString(1)}' in the processing-time roll-up.");
            }

            var (elapsed, workingCounts) = (reader.GetFieldValue<byte[]>(2), reader.GetFieldValue<byte[]>(3));
            AddInto(sums, present, channel, elapsed, workingCounts);
            if (channel != Counter)
            {
                AddInto(sums, present, Digital, elapsed, workingCounts);
            }
        }

        Flush(current, sums, present, working, times);
        return times;
    }

    private static void AddInto(long[] sums, bool[] present, int channel, byte[] elapsed, byte[] working)
    {
        var buckets = DurationHistogram.Buckets;
        present[channel] = true;
        AddSent(sums.AsSpan(channel * 2 * buckets, buckets), elapsed);
        AddSent(sums.AsSpan(((channel * 2) + 1) * buckets, buckets), working);
    }

    /// <summary>
    /// Adds the counts of an int[] in PostgreSQL's binary array format (<c>array_send</c>: dimensions, flags, element type,
    /// size and lower bound, then each element as its length and big-endian value) into <paramref name="into"/>.
    /// </summary>
    private static void AddSent(Span<long> into, ReadOnlySpan<byte> sent)
    {
        var dimensions = BinaryPrimitives.ReadInt32BigEndian(sent);
        if (dimensions == 0)
        {
            return;
        }

        if (dimensions != 1)
        {
            throw new InvalidOperationException($"A histogram of {dimensions} dimensions in the processing-time roll-up.");
        }

        var count = Math.Min(into.Length, BinaryPrimitives.ReadInt32BigEndian(sent[12..]));
        var position = 20;
        for (var i = 0; i < count; i++)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(sent[position..]);
            position += 4;
            if (length == 4)
            {
                into[i] += BinaryPrimitives.ReadInt32BigEndian(sent[position..]);
                position += 4;
            }
        }
    }

    private static void Flush(LocalDate? period, long[] sums, bool[] present, bool working, Dictionary<LocalDate, IReadOnlyList<ProcessingTime>> times)
    {
        if (period is not { } done)
        {
            return;
        }

        var buckets = DurationHistogram.Buckets;
        var list = new List<ProcessingTime>(Channels.Length);
        for (var channel = 0; channel < Channels.Length; channel++)
        {
            if (present[channel])
            {
                var elapsed = new ReadOnlySpan<long>(sums, channel * 2 * buckets, buckets);
                var time = new ProcessingTime(Channels[channel], Sum(elapsed), Hours(elapsed, 50), Hours(elapsed, 90));
                var workingCounts = new ReadOnlySpan<long>(sums, ((channel * 2) + 1) * buckets, buckets);
                list.Add(working ? time with { MedianWorking = Hours(workingCounts, 50), P90Working = Hours(workingCounts, 90) } : time);
            }
        }

        times[done] = list;
        Array.Clear(sums);
        Array.Clear(present);
    }

    private static long Sum(ReadOnlySpan<long> counts)
    {
        var total = 0L;
        foreach (var count in counts)
        {
            total += count;
        }

        return total;
    }

    private static Duration Hours(ReadOnlySpan<long> counts, double p) => Duration.FromSeconds(DurationHistogram.Percentile(counts, p) ?? 0);

    // a year by week is some 230 rows of 2 × 313 counts: read as int[], Npgsql's decoding cost some 12 ms of CPU a
    // request; as array_send's bytes, parsed here, about 1 ms
    private static NpgsqlCommand Command(NpgsqlConnection connection, AdoptionScope scope)
    {
        var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("Tenant", scope.TenantId);
        command.Parameters.AddWithValue("Unit", NpgsqlTypes.NpgsqlDbType.Text, (object?)scope.Unit ?? DBNull.Value);
        command.Parameters.AddWithValue("Grain", scope.Granularity.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("From", scope.PeriodFrom.ToDateOnly());
        command.Parameters.AddWithValue("Whole", PeriodRollupScope.Whole(scope).ToDateOnly());
        command.Parameters.AddWithValue("To", scope.To.ToDateOnly());
        return command;
    }

    private static readonly string Sql = $"{PeriodRollupScope.Rows("marten.adoption_processing_times", "channel, array_send(elapsed), array_send(working)")} ORDER BY 1";
}
