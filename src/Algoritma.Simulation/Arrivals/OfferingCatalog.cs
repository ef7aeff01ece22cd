using System.Collections.Concurrent;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Simulation.Arrivals;

/// <summary>The tenant's offerings, and for each kelurahan and channel the ones its residents can be drawn to.</summary>
internal sealed class OfferingCatalog(List<Offering> offerings)
{
    private readonly ConcurrentDictionary<(string, Channel), Offering[]> _candidates = new();

    public int Count => offerings.Count;

    /// <summary>A service offered at the unit the citizen would go to, through <paramref name="channel"/>, by popularity; null when none is.</summary>
    public Offering? Pick(Random random, KelurahanProfile home, Channel channel, IReadOnlyDictionary<string, RegionKind> unitKinds)
    {
        var candidates = _candidates.GetOrAdd((home.Code, channel), key => [.. offerings.Where(o =>
            o.Service.Channels.Contains(channel)
            && unitKinds.TryGetValue(o.UnitFor(home), out var kind)
            && o.Service.IsOfferedAt(o.UnitFor(home), PublicService.LevelOf(kind)))]);
        if (candidates.Length == 0)
        {
            return null;
        }

        var roll = random.NextDouble() * candidates.Sum(c => c.Weight);
        foreach (var candidate in candidates)
        {
            roll -= candidate.Weight;
            if (roll < 0)
            {
                return candidate;
            }
        }

        return candidates[^1];
    }
}
