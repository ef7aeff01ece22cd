using System.CommandLine;
using Algoritma.GraphQL.Server.Schema;
using GraphQL;

namespace Algoritma.Api.Cli;

internal static class SchemaCommands
{
    public const string DefaultPath = "schema/schema.graphql";

    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "File to write.", DefaultValueFactory = _ => RepositoryPaths.Resolve(DefaultPath) };
        var export = new Command("export", "Write the served GraphQL schema as SDL.") { output };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CommandLine.BuildHost();
            var path = parseResult.GetValue(output)!;
            await File.WriteAllTextAsync(path, Print(host.Services), cancellationToken);
            Console.WriteLine($"Wrote {path}");
            return 0;
        });
        return new Command("schema", "The GraphQL schema.") { export };
    }

    public static string Print(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ComposedSchema>();
        schema.Initialize();
        return schema.Print() + "\n";
    }
}
