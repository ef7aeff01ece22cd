namespace Algoritma.Benchmarks.Infrastructure;

/// <summary>
/// The checkout this assembly was built in. BenchmarkDotNet runs each benchmark from a project it generates
/// below this project's bin/ folder, so the root is found by walking up to the solution file.
/// </summary>
public static class RepositoryRoot
{
    private const string Marker = "AlgoritmaPlatform.sln";

    public static string Path { get; } = Find();

    public static string TenantsConfig => System.IO.Path.Combine(Path, "tenants-config");

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, Marker)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No {Marker} above {AppContext.BaseDirectory}: run the benchmarks from the checkout.");
    }
}
