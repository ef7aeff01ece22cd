namespace Algoritma.Api;

/// <summary>
/// GraphiQL's built assets: graphiql/dist beside the project (./run.sh and ./test.sh build it; not committed), or beside
/// the published binaries.
/// </summary>
internal static class GraphiQLAssets
{
    private const string Folder = "graphiql/dist";

    public static string? Find(IHostEnvironment environment) =>
        new[] { Path.Combine(environment.ContentRootPath, Folder), Path.Combine(AppContext.BaseDirectory, Folder) }
            .FirstOrDefault(Directory.Exists);
}
