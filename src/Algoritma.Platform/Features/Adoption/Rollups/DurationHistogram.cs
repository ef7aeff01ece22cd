namespace Algoritma.Platform.Features.Adoption.Rollups;

/// <summary>
/// Log-scaled buckets of durations in seconds, for processing-time percentiles pre-aggregated at projection time.
/// Bucket 0 holds [0, 1 s) and reports 0 (a working time is often none at all); bucket 1 holds [1 s, 60 s) and reports
/// 30 s; bucket i ≥ 2 holds [60·γ^(i−2), 60·γ^(i−1)) and reports 2γ/(1+γ) of its lower edge, which lies within
/// <see cref="Alpha"/> of every value in it; the last bucket also holds everything above ten years. A percentile read from the counts (linear interpolation between the two ranks, as percentile_cont) is then
/// within α·p + 30 s of the exact percentile p: each rank's reported value is within α·v + 30 s of its value v (the
/// buckets keep the order of values), and interpolation keeps that bound.
/// </summary>
public static class DurationHistogram
{
    /// <summary>The relative error bound of a reported value (2.5%).</summary>
    public const double Alpha = 0.025;

    /// <summary>The absolute error bound of values under a minute (they all report 30 s).</summary>
    public const double FloorSeconds = 30;

    private const double FirstEdgeSeconds = 60;

    /// <summary>γ = (1 + α) / (1 − α): the ratio of a bucket's upper edge to its lower one.</summary>
    public static readonly double Gamma = (1 + Alpha) / (1 - Alpha);

    /// <summary>Enough buckets that the last one starts beyond ten years.</summary>
    public static readonly int Buckets = 3 + (int)Math.Ceiling(Math.Log(10 * 365.25 * 86400 / FirstEdgeSeconds) / Math.Log(Gamma));

    /// <summary>The bucket of a duration (0-based).</summary>
    public static int Bucket(double seconds) => seconds switch
    {
        < 1 => 0,
        < FirstEdgeSeconds => 1,
        _ => Math.Min(Buckets - 1, 2 + (int)Math.Floor(Math.Log(seconds / FirstEdgeSeconds) / Math.Log(Gamma))),
    };

    /// <summary>The value a bucket reports.</summary>
    public static double Representative(int bucket) => bucket switch
    {
        0 => 0,
        1 => FloorSeconds,
        _ => FirstEdgeSeconds * Math.Pow(Gamma, bucket - 2) * 2 * Gamma / (1 + Gamma),
    };

    /// <summary>
    /// The p-th percentile (0–100) of the values counted, interpolating linearly between the two nearest ranks as
    /// <c>percentile_cont</c> and <see cref="AdoptionMetrics.Percentile"/> do; null when nothing is counted.
    /// </summary>
    public static double? Percentile(ReadOnlySpan<long> counts, double p)
    {
        var total = 0L;
        foreach (var count in counts)
        {
            total += count;
        }

        if (total == 0)
        {
            return null;
        }

        var rank = p / 100 * (total - 1);
        var low = (long)Math.Floor(rank);
        var high = (long)Math.Ceiling(rank);
        var lowValue = ValueAtRank(counts, low);
        return lowValue + ((ValueAtRank(counts, high) - lowValue) * (rank - low));
    }

    private static double ValueAtRank(ReadOnlySpan<long> counts, long rank)
    {
        var seen = 0L;
        for (var bucket = 0; bucket < counts.Length; bucket++)
        {
            seen += counts[bucket];
            if (rank < seen)
            {
                return Representative(bucket);
            }
        }

        return Representative(counts.Length - 1);
    }
}
