namespace Algoritma.Platform;

/// <summary>
/// The checkout of this repository: the folder that holds <see cref="SolutionFile"/>. The one place that looks for it;
/// the API and the CLI (files a setting does not name), tests and benchmarks (the repository's files) all ask here.
/// </summary>
public static class Checkout
{
    public const string SolutionFile = "AlgoritmaPlatform.sln";

    private static readonly Lazy<string> Binaries = new(FindOfBinaries);

    /// <summary>
    /// The checkout the working directory is in, or null outside one (a deployed host): where the running API and the
    /// CLI take their default tenants-config/ and trusted documents from.
    /// </summary>
    public static string? OfWorkingDirectory() => Around(Directory.GetCurrentDirectory());

    /// <summary>
    /// The checkout these binaries were built in (tests; BenchmarkDotNet runs its generated projects below bin/), else
    /// the working directory's; throws outside one.
    /// </summary>
    public static string OfBinaries => Binaries.Value;

    /// <summary>The checkout that contains <paramref name="folder"/> (or is it), or null.</summary>
    public static string? Around(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string FindOfBinaries() =>
        Around(AppContext.BaseDirectory) ?? OfWorkingDirectory()
        ?? throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory} or the working directory: run from the checkout.");
}
