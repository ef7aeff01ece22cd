using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Simulation.Arrivals;

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

    public static async Task<OfferingCatalog> LoadAsync(PlatformDbContext db, CancellationToken cancellationToken)
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

        return new OfferingCatalog(offerings);
    }
}
