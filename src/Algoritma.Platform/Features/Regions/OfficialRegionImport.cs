using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Regions;

/// <summary>
/// Brings the tenant in scope up to date with the official kecamatan and kelurahan/desa of its regency.
/// Codes are the key: names, kinds and parents follow the reference, local details stay; units the city
/// added itself are left alone. Running it again changes nothing.
/// </summary>
public sealed class OfficialRegionImport(PlatformDbContext db, CurrentTenant current)
{
    public async Task<RegionImportResult> ImportAsync(string regencyCode, CancellationToken cancellationToken)
    {
        var tenantId = current.Required.Id;
        var catalog = OfficialRegionsCatalog.Shared;
        var regions = catalog.DistrictsOf(regencyCode).Concat(catalog.VillagesOf(regencyCode)).ToList();
        var codes = regions.Select(r => r.Code).ToArray();
        var parents = regions.Select(r => r.ParentCode).ToArray();
        var kinds = regions.Select(r => r.Kind.ToString()).ToArray();
        var names = regions.Select(r => r.Name).ToArray();

        var changed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO region_units (tenant_id, code, parent_code, kind, name, imported_at)
            SELECT {tenantId}, code, parent_code, kind, name, now()
            FROM unnest({codes}, {parents}, {kinds}, {names}) AS official(code, parent_code, kind, name)
            ON CONFLICT (tenant_id, code) DO UPDATE
              SET parent_code = excluded.parent_code, kind = excluded.kind, name = excluded.name, imported_at = excluded.imported_at
              WHERE (region_units.parent_code, region_units.kind, region_units.name)
                IS DISTINCT FROM (excluded.parent_code, excluded.kind, excluded.name)
            """, cancellationToken);

        return new RegionImportResult(
            regions.Count(r => r.Kind == RegionKind.Kecamatan),
            regions.Count(r => r.Kind == RegionKind.Kelurahan),
            regions.Count(r => r.Kind == RegionKind.Desa),
            changed);
    }
}

public sealed record RegionImportResult(int Kecamatan, int Kelurahan, int Desa, int Changed);
