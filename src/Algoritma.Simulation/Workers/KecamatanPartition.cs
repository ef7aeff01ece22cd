using Algoritma.Simulation.Arrivals;

namespace Algoritma.Simulation.Workers;

internal static class KecamatanPartition
{
    /// <summary>Whole kecamatan per worker (their officers and kecamatan-level services stay together), balanced by demand.</summary>
    public static List<List<KelurahanProfile>> Split(List<KelurahanProfile> profiles, int workers)
    {
        var parts = Enumerable.Range(0, workers).Select(_ => (Load: 0.0, Units: new List<KelurahanProfile>())).ToList();
        foreach (var kecamatan in profiles.GroupBy(p => p.KecamatanCode).OrderByDescending(g => g.Sum(p => p.Weight)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var lightest = parts.Select((p, i) => (p.Load, i)).Min().i;
            parts[lightest] = (parts[lightest].Load + kecamatan.Sum(p => p.Weight), [.. parts[lightest].Units, .. kecamatan]);
        }

        return [.. parts.Where(p => p.Units.Count > 0).Select(p => p.Units)];
    }
}
