using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.EntityFramework;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Persistence;

/// <summary>The relational store of the platform; each feature brings its own entity configurations.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, CurrentTenant currentTenant)
    : DbContext(options), ITenantAwareDbContext
{
    public string? CurrentTenantId => currentTenant.Id;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<RegionUnit> RegionUnits => Set<RegionUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly)
            .ApplyTenantQueryFilters(this);
}
