using System.Reflection;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.PlatformInfo;

/// <summary>What the platform reports about itself, read from the running database.</summary>
public sealed record PlatformInfo(string Version, DateTimeOffset DatabaseTime, string? SchemaVersion)
{
    public static string ApplicationVersion { get; } =
        typeof(PlatformInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static async Task<PlatformInfo> ReadAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var databaseTime = await db.Database.SqlQuery<DateTimeOffset>($"SELECT now() AS \"Value\"").SingleAsync(cancellationToken);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        return new PlatformInfo(ApplicationVersion, databaseTime, applied.LastOrDefault());
    }
}
