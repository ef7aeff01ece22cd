using NodaTime;

namespace Algoritma.Simulation;

/// <summary>
/// What to simulate: a tenant, a period of <see cref="Months"/> ending on <see cref="End"/>, a seed and a volume scale.
/// <see cref="OneByOne"/> runs every command through the API's handler (stream read, saved alone) instead of the batched lane.
/// </summary>
public sealed record SimulationOptions(
    string TenantId, int Months = 12, LocalDate? End = null, int Seed = 42, double Scale = 1.0, bool Force = false, int Parallelism = 4, bool OneByOne = false)
{
    /// <summary>Average new requests per kelurahan per working day at scale 1.</summary>
    public const double RequestsPerKelurahanDay = 0.55;

    /// <summary>Registered online citizens per kelurahan (average) at scale 1: password hashing is slow, so the pool is modest and reused.</summary>
    public const double OnlineCitizensPerKelurahan = 4.0;
}
