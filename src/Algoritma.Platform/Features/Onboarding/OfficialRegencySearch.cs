using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Onboarding;

/// <summary>An official regency as the onboarding picker shows it: what would be imported, and who holds it already.</summary>
public sealed record OfficialRegencyChoice(OfficialRegency Regency, string ProvinceName, int Kecamatan, int Kelurahan, int Desa, string? HeldBy);

/// <summary>
/// The official regencies whose name or code contains a search text, optionally within one province, ordered by code
/// and capped; each with its kecamatan and kelurahan/desa counts and the tenant that holds it, if any.
/// </summary>
public sealed class OfficialRegencySearch(PlatformDbContext db)
{
    public const int MaxSearchLength = InputBounds.Code;
    public const int MaxFirst = 100;
    public const int DefaultFirst = 20;

    public async Task<IReadOnlyList<OfficialRegencyChoice>> FindAsync(string? search, string? province, int? first, CancellationToken cancellationToken)
    {
        var text = search?.Trim() ?? string.Empty;
        if (text.Length > MaxSearchLength)
        {
            throw CodedError.BadUserInput($"'search' is at most {MaxSearchLength} characters.");
        }

        var count = first ?? DefaultFirst;
        if (count is < 1 or > MaxFirst)
        {
            throw CodedError.BadUserInput($"'first' is between 1 and {MaxFirst}.");
        }

        var catalog = OfficialRegionsCatalog.Shared;
        var provinceCode = province?.Trim();
        if (provinceCode is not null && !catalog.ContainsProvince(provinceCode))
        {
            throw CodedError.BadUserInput($"'province' is no official province code (two digits, e.g. 64).");
        }

        var matches = catalog.Regencies
            .Where(r => provinceCode is null || r.ProvinceCode == provinceCode)
            .Where(r => text.Length == 0 || r.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.Code.StartsWith(text, StringComparison.Ordinal))
            .Take(count)
            .ToList();
        var codes = matches.Select(r => r.Code).ToList();
        var holders = (await db.Tenants.AsNoTracking().Where(t => codes.Contains(t.RegencyCode))
                .Select(t => new { t.RegencyCode, t.Id }).ToListAsync(cancellationToken))
            .GroupBy(t => t.RegencyCode).ToDictionary(g => g.Key, g => g.Select(t => t.Id).Order(StringComparer.Ordinal).First());
        var provinces = catalog.Provinces.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        return [.. matches.Select(r =>
        {
            var villages = catalog.VillagesOf(r.Code);
            return new OfficialRegencyChoice(r, provinces.GetValueOrDefault(r.ProvinceCode, r.ProvinceCode), catalog.DistrictsOf(r.Code).Count,
                villages.Count(v => v.Kind == RegionKind.Kelurahan), villages.Count(v => v.Kind == RegionKind.Desa), holders.GetValueOrDefault(r.Code));
        })];
    }
}
