namespace Algoritma.Simulation;

/// <summary>A clock the simulator sets before each command, so events carry the simulated instants.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
