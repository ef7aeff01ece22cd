using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.Platform.Features.Identity.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Algoritma.Platform.Features.Identity.Citizens;

/// <summary>
/// A citizen's personal data, in a deletable row (UU 27/2022): the NIK only encrypted, plus the pseudonymous
/// analytics key that events carry instead of it.
/// </summary>
public sealed class CitizenProfile : ITenantOwned
{
    public Guid UserId { get; init; }

    public string TenantId { get; set; } = string.Empty;

    /// <summary>The NIK, encrypted with ASP.NET Core Data Protection (purpose <see cref="CitizenRegistration.NikProtectionPurpose"/>).</summary>
    public required string ProtectedNik { get; init; }

    /// <summary>HMAC-SHA256(tenant secret, NIK), hex: stable per citizen and tenant, useless without the secret.</summary>
    public required string AnalyticsKey { get; init; }

    public required string MaskedNik { get; init; }

    public string? Phone { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Per tenant secret for the analytics key, kept encrypted; created on first use.</summary>
public sealed class TenantSecret : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public required string ProtectedAnalyticsSecret { get; init; }
}

internal sealed class CitizenProfileConfiguration : IEntityTypeConfiguration<CitizenProfile>
{
    public void Configure(EntityTypeBuilder<CitizenProfile> builder)
    {
        builder.ToTable("citizen_profiles");
        builder.HasKey(c => c.UserId);
        builder.Property(c => c.TenantId).HasMaxLength(40);
        builder.Property(c => c.AnalyticsKey).HasMaxLength(64);
        builder.Property(c => c.MaskedNik).HasMaxLength(16);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.HasIndex(c => new { c.TenantId, c.AnalyticsKey }).IsUnique();
        builder.HasOne<PlatformUser>().WithOne().HasForeignKey<CitizenProfile>(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TenantSecretConfiguration : IEntityTypeConfiguration<TenantSecret>
{
    public void Configure(EntityTypeBuilder<TenantSecret> builder)
    {
        builder.ToTable("tenant_secrets");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).HasMaxLength(40);
        builder.HasOne<Tenants.Tenant>().WithOne().HasForeignKey<TenantSecret>(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
