using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Features.Regions;

/// <summary>
/// A tenant's kecamatan or kelurahan/desa: official code, name and kind from Kemendagri, plus the local
/// details the city keeps (they survive a re-import, attached to the code).
/// </summary>
public sealed class RegionUnit : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public required string Code { get; init; }

    /// <summary>The kecamatan's code for a village; the regency code for a kecamatan.</summary>
    public required string ParentCode { get; set; }

    public required RegionKind Kind { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? HeadName { get; set; }

    public int? OfficerCount { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset? DetailsUpdatedAt { get; set; }

    /// <summary>When a re-import found the code gone from the official list; the unit stays (requests point at it).</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public bool IsKecamatan => Kind == RegionKind.Kecamatan;
}
