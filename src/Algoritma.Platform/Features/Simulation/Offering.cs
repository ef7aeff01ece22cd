using System.Collections.Concurrent;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Simulation;

/// <summary>A service of the tenant's catalog as the simulator draws it: where and through which channels it is offered, and its documents.</summary>
internal sealed record Offering(PublicService Service, IReadOnlyList<string> Required, IReadOnlyList<string> Optional, bool Quick, double Weight)
{
    /// <summary>How often each template is asked for, relative to the others; other services weigh 5.</summary>
    private static readonly Dictionary<string, double> Popularity = new()
    {
        ["domisili"] = 30, ["sktm"] = 15, ["pengantar-ktp-kk"] = 25, ["pengantar-skck"] = 15, ["pindah-datang"] = 8, ["iumk"] = 7,
    };

    public string Code => Service.Code;

    /// <summary>Kelurahan-level services are used at the citizen's kelurahan, kecamatan-level ones at its kecamatan.</summary>
    public string UnitFor(KelurahanProfile home) => Service.Level == UnitLevel.Kecamatan ? home.KecamatanCode : home.Code;

    public static async Task<Catalog> LoadAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var services = await db.Services.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var versions = await db.ServiceVersions.AsNoTracking().ToListAsync(cancellationToken);
        var offerings = new List<Offering>();
        foreach (var service in services)
        {
            if (versions.FirstOrDefault(v => v.ServiceCode == service.Code && v.Version == service.CurrentVersion) is not { } version)
            {
                continue;
            }

            var requirements = version.Standard.Requirements;
            offerings.Add(new Offering(service,
                [.. requirements.Where(r => r.Required).Select(r => r.Code)],
                [.. requirements.Where(r => !r.Required).Select(r => r.Code)],
                version.Standard.CompletionUnit == CompletionUnit.WorkingMinutes,
                Popularity.GetValueOrDefault(service.Code, 5)));
        }

        return new Catalog(offerings);
    }

    internal sealed class Catalog(List<Offering> offerings)
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
}
