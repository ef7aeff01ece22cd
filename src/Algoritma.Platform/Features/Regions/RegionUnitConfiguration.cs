using Algoritma.Platform.Features.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Algoritma.Platform.Features.Regions;

internal sealed class RegionUnitConfiguration : IEntityTypeConfiguration<RegionUnit>
{
    public void Configure(EntityTypeBuilder<RegionUnit> builder)
    {
        builder.ToTable("region_units");
        builder.HasKey(u => new { u.TenantId, u.Code });
        builder.Property(u => u.TenantId).HasMaxLength(40);
        builder.Property(u => u.Code).HasMaxLength(13);
        builder.Property(u => u.ParentCode).HasMaxLength(13);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Address).HasMaxLength(500);
        builder.Property(u => u.Phone).HasMaxLength(40);
        builder.Property(u => u.HeadName).HasMaxLength(200);
        builder.Ignore(u => u.IsKecamatan);
        builder.HasIndex(u => new { u.TenantId, u.ParentCode, u.Code });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
