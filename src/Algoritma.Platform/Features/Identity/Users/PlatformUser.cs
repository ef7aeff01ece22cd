using Microsoft.AspNetCore.Identity;

namespace Algoritma.Platform.Features.Identity.Users;

/// <summary>A person who signs in: a tenant's officer, manager, admin or citizen; a platform admin has no tenant.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public string? TenantId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>For officers: the kecamatan or kelurahan/desa code that bounds what they see and do.</summary>
    public string? UnitCode { get; set; }

    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
