using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>kecamatans(first, after)</c>: the tenant's kecamatan, by code.</summary>
internal sealed class KecamatansQuery() : RowPageQuery<KecamatanType, RegionUnit>(
    "kecamatans", "The tenant's kecamatan, by code.", WithinTenant,
    db => db.RegionUnits.Where(u => u.Kind == RegionKind.Kecamatan), u => u.Code);
