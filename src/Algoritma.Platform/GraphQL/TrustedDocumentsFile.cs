namespace Algoritma.Platform.GraphQL;

/// <summary>
/// Where the running API finds its trusted-document manifest when <c>GraphQL:TrustedDocumentsPath</c> is not set: the
/// checkout's schema/operations/trusted-documents.json, when the process runs inside one.
/// </summary>
internal static class TrustedDocumentsFile
{
    public const string InRepository = "schema/operations/trusted-documents.json";

    public static string? InCheckout()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AlgoritmaPlatform.sln")))
            {
                var manifest = Path.Combine(directory.FullName, InRepository);
                return File.Exists(manifest) ? manifest : null;
            }
        }

        return null;
    }
}
