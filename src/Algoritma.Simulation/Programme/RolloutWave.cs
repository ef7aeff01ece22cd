using NodaTime;

namespace Algoritma.Simulation.Programme;

/// <summary>
/// One rollout wave of the programme: from <see cref="StartsOn"/>, the kelurahan <see cref="NewUnitCodes"/> and the kecamatan
/// offices <see cref="NewOfficeCodes"/> join; <see cref="UnitCodes"/> are all kelurahan in the programme from then on.
/// </summary>
public sealed record RolloutWave(int Number, LocalDate StartsOn, IReadOnlyList<string> NewUnitCodes, IReadOnlyList<string> UnitCodes)
{
    public IReadOnlyList<string> NewOfficeCodes { get; init; } = [];
}
