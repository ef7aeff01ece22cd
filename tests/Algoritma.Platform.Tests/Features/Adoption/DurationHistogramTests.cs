using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Adoption.Rollups;
using NodaTime;

namespace Algoritma.Platform.Tests.Features.Adoption;

/// <summary>The processing-time histograms' percentiles against the exact percentiles, on generated durations.</summary>
public sealed class DurationHistogramTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 40)]
    [InlineData(3, 1000)]
    [InlineData(4, 20000)]
    public void Percentiles_from_the_counts_are_within_the_stated_bound_of_the_exact_ones(int seed, int count)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 50; trial++)
        {
            // log-normal around an hour to a month, with zeros and seconds mixed in: the shapes processing times take
            var seconds = Enumerable.Range(0, count).Select(_ => random.Next(20) switch
            {
                0 => 0,
                1 => random.NextDouble() * 90,
                _ => Math.Exp(8 + (random.NextDouble() * 6) + (random.NextDouble() * random.NextDouble() * 2)),
            }).ToList();
            var counts = new long[DurationHistogram.Buckets];
            foreach (var value in seconds)
            {
                counts[DurationHistogram.Bucket(value)]++;
            }

            foreach (var p in new[] { 0, 10, 50, 90, 99, 100 })
            {
                var exact = AdoptionMetrics.Percentile([.. seconds.Select(Duration.FromSeconds)], p)!.Value.TotalSeconds;
                var reported = DurationHistogram.Percentile(counts, p)!.Value;
                var bound = (DurationHistogram.Alpha * exact) + DurationHistogram.FloorSeconds;
                Assert.True(Math.Abs(reported - exact) <= bound + 1e-6, $"p{p} of {count}: {reported} s is not within {bound} s of {exact} s");
            }
        }
    }

    [Fact]
    public void Every_value_in_a_bucket_is_within_alpha_of_what_the_bucket_reports()
    {
        for (var seconds = 60.0; seconds < 3e8; seconds *= 1.0007)
        {
            var reported = DurationHistogram.Representative(DurationHistogram.Bucket(seconds));
            Assert.True(Math.Abs(reported - seconds) <= (DurationHistogram.Alpha * seconds) + 1e-9, $"{seconds} s reported as {reported} s");
        }
    }

    [Fact]
    public void No_time_at_all_is_reported_exactly_and_nothing_counted_has_no_percentile()
    {
        var counts = new long[DurationHistogram.Buckets];
        Assert.Null(DurationHistogram.Percentile(counts, 50));
        counts[DurationHistogram.Bucket(0)] = 3;
        Assert.Equal(0, DurationHistogram.Percentile(counts, 90));
    }
}
