using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Tenants;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// The relational store of the platform: each feature brings its own entity configurations; ASP.NET Core
/// Identity, OpenIddict and Data Protection keys live here too.
/// </summary>
/// <remarks>
/// Contexts are pooled, so the context holds no per-request state: the tenant is read from the ambient scope at
/// each query, and the scoped registration points each lease at its tenant's connection string.
/// </remarks>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options), ITenantAwareDbContext, IDataProtectionKeyContext
{
    private static readonly CurrentTenant Ambient = new();

    public string? CurrentTenantId => Ambient.Id;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<RegionUnit> RegionUnits => Set<RegionUnit>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Features.Catalog.PublicService> Services => Set<Features.Catalog.PublicService>();

    public DbSet<Features.Catalog.ServiceStandardVersion> ServiceVersions => Set<Features.Catalog.ServiceStandardVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly)
            .ApplyTenantQueryFilters(this);
        // users are tenant-scoped too, but platform admins have no tenant: the filter compares with null semantics
        modelBuilder.Entity<PlatformUser>().HasQueryFilter(TenantQueryFilters.FilterName, u => u.TenantId == CurrentTenantId);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
