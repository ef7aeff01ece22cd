using System.Threading.RateLimiting;

namespace Algoritma.Platform.RateLimiting;

/// <summary>
/// Fixed-window limiters by rule and key, in this process (each replica counts its own requests). The partition
/// includes the permit count and window, so a changed limit (a tenant's override, say) starts a new count.
/// Idle partitions are dropped by the partitioned limiter itself.
/// </summary>
internal sealed class RateLimitPartitions : IDisposable
{
    private readonly PartitionedRateLimiter<Partition> _limiter = PartitionedRateLimiter.Create<Partition, Partition>(
        partition => RateLimitPartition.GetFixedWindowLimiter(partition, key => key.Options()));

    /// <summary>Takes <paramref name="permits"/> from the key's window; more than the whole window holds is always refused.</summary>
    public RateLimitDecision Acquire(string rule, string key, int permitLimit, TimeSpan window, int permits)
    {
        if (permits > permitLimit)
        {
            return new RateLimitDecision(false, window);
        }

        using var lease = _limiter.AttemptAcquire(new Partition(rule, key, permitLimit, window), permits);
        return lease.IsAcquired
            ? RateLimitDecision.Allowed
            : new RateLimitDecision(false, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window);
    }

    public void Dispose() => _limiter.Dispose();

    internal readonly record struct Partition(string Rule, string Key, int PermitLimit, TimeSpan Window)
    {
        public FixedWindowRateLimiterOptions Options() => FixedWindowOptions(PermitLimit, Window);
    }

    public static FixedWindowRateLimiterOptions FixedWindowOptions(int permitLimit, TimeSpan window) => new()
    {
        PermitLimit = permitLimit,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

internal readonly record struct RateLimitDecision(bool IsAllowed, TimeSpan RetryAfter)
{
    public static readonly RateLimitDecision Allowed = new(true, TimeSpan.Zero);
}
