using System.Security.Cryptography;
using System.Text;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Algoritma.Platform.Features.Regions;

public enum RegionChangeKind
{
    Add,
    Rename,
    Retire,
    Restore,
}

/// <summary>One difference between the tenant's units and the official codes of its regency.</summary>
public sealed record RegionImportChange(string Code, RegionChangeKind Change, RegionKind Kind, string Name, string? PreviousName, string ParentCode);

/// <summary>What a re-import would change; <see cref="Token"/> names exactly this list.</summary>
public sealed record RegionImportPreview(string Token, IReadOnlyList<RegionImportChange> Changes);

public sealed record ReimportOfficialRegionsInput(string PreviewToken);

public sealed record ReimportOfficialRegionsPayload(IReadOnlyList<RegionImportChange> Applied, IReadOnlyList<UserError> Errors);

/// <summary>
/// A city admin's re-import of the official kecamatan and kelurahan/desa: a preview of what would be added, renamed,
/// retired or restored, then exactly that. Local details stay; a unit gone from the official list is retired, never
/// deleted, because requests and staff scopes point at it. The preview's token guards against applying a list that
/// changed since it was read.
/// </summary>
public sealed class RegionReimport(PlatformDbContext db, CurrentTenant current, AuditTrail audit, TenantCache cache, TimeProvider clock)
{
    public const int MaxToken = 64;

    public async Task<RegionImportPreview> PreviewAsync(CancellationToken cancellationToken) =>
        Preview(await DiffAsync(await db.RegionUnits.AsNoTracking().ToListAsync(cancellationToken), cancellationToken));

    public async Task<ReimportOfficialRegionsPayload> ApplyAsync(ReimportOfficialRegionsInput input, Caller actor, CancellationToken cancellationToken)
    {
        if (new List<UserError>().Text("previewToken", input.PreviewToken, MaxToken) is { Count: > 0 } bounds)
        {
            return new ReimportOfficialRegionsPayload([], bounds);
        }

        var units = await db.RegionUnits.ToListAsync(cancellationToken);
        var changes = await DiffAsync(units, cancellationToken);
        if (Preview(changes).Token != input.PreviewToken.Trim())
        {
            return new ReimportOfficialRegionsPayload([], [UserError.At("previewToken", "CONFLICT",
                "The official codes or the tenant's units changed since this preview; read regionImportPreview again.")]);
        }

        if (changes.Count == 0)
        {
            return new ReimportOfficialRegionsPayload([], []);
        }

        Apply(changes, units.ToDictionary(u => u.Code, StringComparer.Ordinal), clock.GetUtcNow());
        audit.Record(actor, "regions.reimported", current.Required.Id,
            changes.GroupBy(c => c.Change).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // another re-import of the same preview added these codes first
            return new ReimportOfficialRegionsPayload([], [UserError.At("previewToken", "CONFLICT", "Another re-import applied this preview first; read regionImportPreview again.")]);
        }

        cache.Invalidate();
        return new ReimportOfficialRegionsPayload(changes, []);
    }

    private void Apply(IReadOnlyList<RegionImportChange> changes, Dictionary<string, RegionUnit> units, DateTimeOffset now)
    {
        foreach (var change in changes)
        {
            if (change.Change == RegionChangeKind.Add)
            {
                db.RegionUnits.Add(new RegionUnit { Code = change.Code, ParentCode = change.ParentCode, Kind = change.Kind, Name = change.Name, ImportedAt = now });
                continue;
            }

            var unit = units[change.Code];
            if (change.Change == RegionChangeKind.Retire)
            {
                unit.RetiredAt = now;
                continue;
            }

            (unit.Name, unit.Kind, unit.ParentCode, unit.RetiredAt, unit.ImportedAt) = (change.Name, change.Kind, change.ParentCode, null, now);
        }
    }

    private async Task<IReadOnlyList<RegionImportChange>> DiffAsync(IReadOnlyList<RegionUnit> units, CancellationToken cancellationToken)
    {
        var tenantId = current.Required.Id;
        var regency = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.RegencyCode).SingleAsync(cancellationToken);
        var catalog = OfficialRegionsCatalog.Shared;
        var official = catalog.DistrictsOf(regency).Concat(catalog.VillagesOf(regency)).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var existing = units.ToDictionary(u => u.Code, StringComparer.Ordinal);

        var changes = new List<RegionImportChange>();
        foreach (var region in official.Values)
        {
            if (!existing.TryGetValue(region.Code, out var unit))
            {
                changes.Add(new RegionImportChange(region.Code, RegionChangeKind.Add, region.Kind, region.Name, null, region.ParentCode));
            }
            else if (unit.RetiredAt is not null)
            {
                changes.Add(new RegionImportChange(region.Code, RegionChangeKind.Restore, region.Kind, region.Name, unit.Name, region.ParentCode));
            }
            else if ((unit.Name, unit.Kind, unit.ParentCode) != (region.Name, region.Kind, region.ParentCode))
            {
                changes.Add(new RegionImportChange(region.Code, RegionChangeKind.Rename, region.Kind, region.Name, unit.Name, region.ParentCode));
            }
        }

        changes.AddRange(units.Where(u => u.RetiredAt is null && !official.ContainsKey(u.Code))
            .Select(u => new RegionImportChange(u.Code, RegionChangeKind.Retire, u.Kind, u.Name, null, u.ParentCode)));
        return [.. changes.OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    private RegionImportPreview Preview(IReadOnlyList<RegionImportChange> changes)
    {
        var text = new StringBuilder(current.Required.Id);
        foreach (var c in changes)
        {
            text.Append('\n').Append(c.Code).Append('|').Append(c.Change).Append('|').Append(c.Kind).Append('|').Append(c.Name)
                .Append('|').Append(c.PreviousName).Append('|').Append(c.ParentCode);
        }

        return new RegionImportPreview(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), changes);
    }
}
