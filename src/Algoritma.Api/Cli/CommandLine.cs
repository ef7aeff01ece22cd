using System.CommandLine;
using Algoritma.Platform;

namespace Algoritma.Api.Cli;

/// <summary>Verbs of the API host: <c>db migrate</c>, <c>tenants apply</c>, <c>schema export</c>, <c>simulate</c>.</summary>
internal static class CommandLine
{
    private static readonly HashSet<string> Verbs = ["db", "schema", "simulate", "tenants", "projections", "--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Algoritma Platform: run without arguments to serve the API.")
        {
            DatabaseCommands.Create(),
            SchemaCommands.Create(),
            SimulateCommands.Create(),
            TenantCommands.Create(),
            ProjectionCommands.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }

    /// <summary>A host with the platform's services, for verbs that need the database or the schema.</summary>
    internal static WebApplication BuildHost(Action<IServiceCollection>? configure = null)
    {
        // a web application builder (never run), so the verbs see the same services and environment as the server
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Algoritma", LogLevel.Information);
        builder.Services.AddAlgoritmaPlatform(builder.Configuration, builder.Environment);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
