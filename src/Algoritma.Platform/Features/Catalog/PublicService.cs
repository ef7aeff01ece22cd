using System.Text.Json;
using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Algoritma.Platform.Features.Catalog;

/// <summary>A service the city offers: where (units of one level), through which channels, to which standard.</summary>
public sealed class PublicService : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public required string Code { get; init; }

    public required string Name { get; set; }

    public UnitLevel Level { get; set; }

    /// <summary>Unit codes that offer it; empty means every unit of <see cref="Level"/>.</summary>
    public List<string> OfferedUnits { get; set; } = [];

    public List<Channel> Channels { get; set; } = [];

    public int CurrentVersion { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsOfferedAt(string unitCode, UnitLevel unitLevel) =>
        unitLevel == Level && (OfferedUnits.Count == 0 || OfferedUnits.Contains(unitCode));

    /// <summary>A kecamatan serves kecamatan-level services; a kelurahan or desa the kelurahan-level ones.</summary>
    public static UnitLevel LevelOf(RegionKind kind) =>
        kind == RegionKind.Kecamatan ? UnitLevel.Kecamatan : UnitLevel.Kelurahan;
}

/// <summary>One published version of a service's standard; never changed once written.</summary>
public sealed class ServiceStandardVersion : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public required string ServiceCode { get; init; }

    public int Version { get; init; }

    public required ServiceStandard Standard { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>The name (or subject) of the city admin who published it; null for versions older than the field.</summary>
    public string? PublishedBy { get; init; }
}

internal sealed class PublicServiceConfiguration : IEntityTypeConfiguration<PublicService>
{
    public void Configure(EntityTypeBuilder<PublicService> builder)
    {
        builder.ToTable("services");
        builder.HasKey(s => new { s.TenantId, s.Code });
        builder.Property(s => s.TenantId).HasMaxLength(40);
        builder.Property(s => s.Code).HasMaxLength(60);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(s => s.Channels).ElementType(e => e.HasConversion<string>());
        builder.HasOne<Tenants.Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceStandardVersionConfiguration : IEntityTypeConfiguration<ServiceStandardVersion>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ServiceStandardVersion> builder)
    {
        builder.ToTable("service_standard_versions");
        builder.HasKey(v => new { v.TenantId, v.ServiceCode, v.Version });
        builder.Property(v => v.TenantId).HasMaxLength(40);
        builder.Property(v => v.ServiceCode).HasMaxLength(60);
        builder.Property(v => v.PublishedBy).HasMaxLength(200);
        builder.Property(v => v.Standard).HasColumnType("jsonb").HasConversion(
            standard => JsonSerializer.Serialize(standard, Json),
            json => JsonSerializer.Deserialize<ServiceStandard>(json, Json)!);
    }
}
