using Algoritma.GraphQL.Server.DataLoader;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary>The villages of many kecamatan in one query.</summary>
internal sealed class VillagesByKecamatanLoader(PlatformDbContext db) : BatchLoader<string, IReadOnlyList<RegionUnit>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<RegionUnit>>> FetchAsync(
        IReadOnlyCollection<string> kecamatanCodes, CancellationToken cancellationToken)
    {
        var villages = await db.RegionUnits.AsNoTracking()
            .Where(u => kecamatanCodes.Contains(u.ParentCode) && u.Kind != RegionKind.Kecamatan)
            .OrderBy(u => u.Code)
            .ToListAsync(cancellationToken);
        return villages.GroupBy(v => v.ParentCode).ToDictionary(g => g.Key, g => (IReadOnlyList<RegionUnit>)[.. g]);
    }
}

/// <summary>Regions by code in one query (a village's kecamatan, nodes by id).</summary>
internal sealed class RegionByCodeLoader(PlatformDbContext db) : BatchLoader<string, RegionUnit>
{
    protected override async Task<IReadOnlyDictionary<string, RegionUnit>> FetchAsync(
        IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await db.RegionUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, cancellationToken);
}
