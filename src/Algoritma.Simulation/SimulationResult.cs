using Algoritma.Platform.Features.Catalog;
using Algoritma.Simulation.Programme;

namespace Algoritma.Simulation;

/// <summary>What a run did. <see cref="Skipped"/> when the tenant already had requests and the run was not forced.</summary>
public sealed record SimulationResult(
    bool Skipped, AlgoritmaScenario? Scenario, int Requests, long Events, long Commands, int CitizensRegistered, int Failures,
    TimeSpan Elapsed, IReadOnlyDictionary<Channel, int> RequestsByChannel)
{
    /// <summary>Time spent registering online citizens (password hashing), summed over the workers.</summary>
    public TimeSpan RegistrationTime { get; init; }

    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : 0;

    public double RequestsPerSecond => Elapsed.TotalSeconds > 0 ? Requests / Elapsed.TotalSeconds : 0;

    public static SimulationResult AlreadySeeded() => new(true, null, 0, 0, 0, 0, 0, TimeSpan.Zero, new Dictionary<Channel, int>());
}
