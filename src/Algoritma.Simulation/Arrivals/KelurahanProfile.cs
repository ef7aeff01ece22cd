using Algoritma.Simulation.Programme;
using Algoritma.Simulation.Randomness;
using NodaTime;

namespace Algoritma.Simulation.Arrivals;

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

    /// <summary>The kelurahan's own random source: every arrival at it is drawn from this, in a fixed order.</summary>
    public Random Random { get; } = new(seed);

    public int Seed { get; } = seed;

    public Dictionary<int, Guid> Accounts { get; } = [];

    /// <summary>The profile of the kelurahan <paramref name="code"/>, drawn from the run's seed and the code alone.</summary>
    public static KelurahanProfile Draw(string code, string kecamatanCode, int ordinal, SimulationOptions options, AlgoritmaScenario scenario)
    {
        var seed = unchecked((options.Seed * 397) ^ StableHash.Of(code));
        var random = new Random(seed);
        var weight = Math.Clamp(Math.Exp(Distributions.Normal(random) * 0.4), 0.45, 2.2);
        var baseline = 0.15 + (random.NextDouble() * 0.05);
        var plateau = 0.55 + (random.NextDouble() * 0.10);
        var yearlyRequests = SimulationOptions.RequestsPerKelurahanDay * options.Scale * weight * 245 * options.Months / 12.0;
        var residents = Math.Max(30, (int)Math.Round(yearlyRequests / 2.2));
        var pool = Math.Clamp((int)Math.Round(SimulationOptions.OnlineCitizensPerKelurahan * weight * Math.Sqrt(options.Scale)), 2, residents);
        return new KelurahanProfile(code, kecamatanCode, weight, baseline, plateau, scenario.JoinDateOf(code), scenario.JoinDateOf(kecamatanCode), residents, pool, seed ^ ordinal);
    }
}
