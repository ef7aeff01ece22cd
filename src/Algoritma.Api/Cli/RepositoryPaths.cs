namespace Algoritma.Api.Cli;

/// <summary>Default paths of CLI verbs are relative to the checkout, wherever <c>dotnet run</c> starts.</summary>
internal static class RepositoryPaths
{
    public static string Resolve(string relativePath)
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AlgoritmaPlatform.sln")))
            {
                return Path.Combine(directory.FullName, relativePath);
            }
        }

        return Path.GetFullPath(relativePath);
    }
}
