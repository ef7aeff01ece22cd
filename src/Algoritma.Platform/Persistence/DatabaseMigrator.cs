using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Algoritma.Platform.Persistence;

/// <summary>Applies the checked-in EF Core migrations; running it twice changes nothing.</summary>
public sealed class DatabaseMigrator(PlatformDbContext db, ILogger<DatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Applied {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        return pending;
    }
}
