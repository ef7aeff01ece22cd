namespace Algoritma.IntegrationTests.Infrastructure;

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string TenantsConfig => System.IO.Path.Combine(Path, "tenants-config");

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "AlgoritmaPlatform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AlgoritmaPlatform.sln not found above the test binaries.");
    }
}
