using System.CommandLine;
using Algoritma.Platform.Features.Onboarding;

namespace Algoritma.Api.Cli;

internal static class TenantCommands
{
    public const string DefaultFolder = "tenants-config";

    public static Command Create()
    {
        var folder = new Option<DirectoryInfo>("--folder", "-f")
        {
            Description = "Folder of tenant YAML files.",
            DefaultValueFactory = _ => new DirectoryInfo(RepositoryPaths.Resolve(DefaultFolder)),
        };
        var apply = new Command("apply", "Create or update every tenant of the folder and import its official regions (idempotent).") { folder };
        apply.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CommandLine.BuildHost();
            await using var scope = host.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<TenantsConfigApplier>()
                .ApplyFolderAsync(parseResult.GetValue(folder)!.FullName, cancellationToken);
            foreach (var line in report.Lines())
            {
                Console.WriteLine(line);
            }

            return report.Succeeded ? 0 : 1;
        });
        return new Command("tenants", "Tenants from tenants-config/.") { apply };
    }
}
