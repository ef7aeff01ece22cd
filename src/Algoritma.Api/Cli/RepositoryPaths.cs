using Algoritma.Platform;

namespace Algoritma.Api.Cli;

/// <summary>Default paths of CLI verbs are relative to the checkout, wherever <c>dotnet run</c> starts.</summary>
internal static class RepositoryPaths
{
    public static string Resolve(string relativePath) =>
        Checkout.OfWorkingDirectory() is { } checkout ? Path.Combine(checkout, relativePath) : Path.GetFullPath(relativePath);
}
