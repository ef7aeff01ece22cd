using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Persistence;

/// <summary>The relational store of the platform; each feature brings its own entity configurations.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
}
