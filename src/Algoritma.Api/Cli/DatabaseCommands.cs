using System.CommandLine;
using Algoritma.Platform.Persistence;

namespace Algoritma.Api.Cli;

internal static class DatabaseCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply every pending database migration (idempotent).");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            using var host = CommandLine.BuildHost();
            await using var scope = host.Services.CreateAsyncScope();
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            Console.WriteLine(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count} migration(s).");
            return 0;
        });
        return new Command("db", "Database maintenance.") { migrate };
    }
}
