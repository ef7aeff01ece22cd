using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Simulation.Accounts;
using Algoritma.Simulation.Arrivals;
using Algoritma.Simulation.Programme;

namespace Algoritma.Simulation;

/// <summary>The shared, read-only facts of a run, the people acting in it and its counters.</summary>
internal sealed class SimulationRun(
    SimulationOptions options, AlgoritmaScenario scenario, WorkingCalendar calendar, OfferingCatalog catalog, Dictionary<string, RegionKind> unitKinds)
{
    public SimulationOptions Options { get; } = options;

    public AlgoritmaScenario Scenario { get; } = scenario;

    public WorkingCalendar Calendar { get; } = calendar;

    public OfferingCatalog Catalog { get; } = catalog;

    public Dictionary<string, RegionKind> UnitKinds { get; } = unitKinds;

    public SimulatedPeople People { get; } = new(scenario.TenantId, scenario.StartsOn);

    public RunCounters Counters { get; } = new();

    public Action<string>? Log { get; init; }
}
