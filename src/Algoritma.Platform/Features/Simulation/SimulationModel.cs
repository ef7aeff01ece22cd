using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using NodaTime;

namespace Algoritma.Platform.Features.Simulation;

/// <summary>What to simulate: a tenant, a period of <see cref="Months"/> ending on <see cref="End"/>, a seed and a volume scale.</summary>
public sealed record SimulationOptions(string TenantId, int Months = 12, LocalDate? End = null, int Seed = 42, double Scale = 1.0, bool Force = false, int Parallelism = 2)
{
    /// <summary>Average new requests per kelurahan per working day at scale 1.</summary>
    public const double RequestsPerKelurahanDay = 0.55;

    /// <summary>Registered online citizens per kelurahan (average) at scale 1: password hashing is slow, so the pool is modest and reused.</summary>
    public const double OnlineCitizensPerKelurahan = 4.0;
}

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

/// <summary>How a simulated request ends.</summary>
internal enum Outcome
{
    /// <summary>Served at the counter and recorded in one step.</summary>
    WalkIn,
    Completed,
    Rejected,

    /// <summary>Returned for a missing document, resubmitted by the citizen, then completed.</summary>
    ReturnedThenCompleted,

    /// <summary>Cancelled by the citizen before verification.</summary>
    Cancelled,
}

/// <summary>Everything about one request drawn at arrival, so a run is the same whatever order the workers interleave in.</summary>
internal sealed record RequestPlan(
    KelurahanProfile Home, string ServiceCode, string UnitCode, Channel Channel, IReadOnlyList<string> Documents, int Resident,
    Instant SubmitAt, Outcome Outcome, bool Late, double VerifyFraction, double CompleteFraction, int LateMinutes,
    int ResubmitDelayMinutes, IReadOnlyList<int>? Scores, int RatingDelayMinutes);

/// <summary>A kelurahan as the simulator sees it: its demand, residents and campaign curve.</summary>
internal sealed class KelurahanProfile(
    string code, string kecamatanCode, double weight, double baseline, double plateau, LocalDate? joinsOn, LocalDate? officeJoinsOn, int residents, int onlinePool, int seed)
{
    public string Code { get; } = code;

    public string KecamatanCode { get; } = kecamatanCode;

    /// <summary>Relative size of its population (about 0.5–1.8).</summary>
    public double Weight { get; } = weight;

    public double Baseline { get; } = baseline;

    public double Plateau { get; } = plateau;

    public LocalDate? JoinsOn { get; } = joinsOn;

    /// <summary>The day its kecamatan's office joins: the residents' visits there follow the office, not the kelurahan.</summary>
    public LocalDate? OfficeJoinsOn { get; } = officeJoinsOn;

    public int Residents { get; } = residents;

    /// <summary>Residents 0..OnlinePool-1 are the ones who get (or have) a citizen account.</summary>
    public int OnlinePool { get; } = onlinePool;

    public Random Random { get; } = new(seed);

    public int Seed { get; } = seed;

    public Dictionary<int, Guid> Accounts { get; } = [];
}
