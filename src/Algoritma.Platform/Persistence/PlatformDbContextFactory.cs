using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Algoritma.Platform.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class PlatformDbContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        Create(Environment.GetEnvironmentVariable(DatabaseSettings.ConnectionStringKey) ?? "Host=127.0.0.1;Database=algoritma_design");

    /// <summary>A context on the owner's connection, outside any tenant: for migrations only.</summary>
    internal static PlatformDbContext Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PlatformDbContext>();
        PersistenceModule.Configure(options, connectionString);
        return new PlatformDbContext(options.Options);
    }
}
