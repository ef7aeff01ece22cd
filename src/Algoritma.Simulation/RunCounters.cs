using System.Collections.Concurrent;
using Algoritma.Platform.Features.Catalog;

namespace Algoritma.Simulation;

/// <summary>What the workers of a run have done so far; safe to update from every worker at once.</summary>
internal sealed class RunCounters
{
    private long _events;
    private long _commands;
    private long _registrationTicks;
    private int _requests;
    private int _citizens;
    private int _failures;

    /// <summary>Commands and time spent per kind of step, for tuning.</summary>
    private readonly ConcurrentDictionary<string, (int Count, long Ticks)> _timings = new();

    public ConcurrentDictionary<Channel, int> ByChannel { get; } = new();

    public int Requests => _requests;

    public long Events => _events;

    public long Commands => _commands;

    public int Citizens => _citizens;

    public int Failures => _failures;

    public TimeSpan RegistrationTime => TimeSpan.FromTicks(_registrationTicks);

    public void CommandStarted() => Interlocked.Increment(ref _commands);

    public void Appended(long events) => Interlocked.Add(ref _events, events);

    public void Submitted(Channel channel)
    {
        Interlocked.Increment(ref _requests);
        ByChannel.AddOrUpdate(channel, 1, (_, n) => n + 1);
    }

    public void CitizenRegistered() => Interlocked.Increment(ref _citizens);

    public void RegistrationTook(TimeSpan elapsed) => Interlocked.Add(ref _registrationTicks, elapsed.Ticks);

    /// <summary>Counts a refused command; returns how many were refused so far, this one included.</summary>
    public int Refused() => Interlocked.Increment(ref _failures);

    public void Timed(string stepKind, TimeSpan elapsed) =>
        _timings.AddOrUpdate(stepKind, (1, elapsed.Ticks), (_, t) => (t.Count + 1, t.Ticks + elapsed.Ticks));

    /// <summary>"Complete 8477× 3.1ms, ..." in step order.</summary>
    public string TimingSummary() => string.Join(", ", _timings.OrderBy(t => t.Key, StringComparer.Ordinal)
        .Select(t => $"{t.Key} {t.Value.Count}× {TimeSpan.FromTicks(t.Value.Ticks / Math.Max(1, t.Value.Count)).TotalMilliseconds:F1}ms"));
}
