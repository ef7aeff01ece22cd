namespace Algoritma.Platform.GraphQL;

/// <summary>
/// Where the running API finds its trusted-document manifest when <c>GraphQL:TrustedDocumentsPath</c> is not set: the
/// checkout's schema/operations/trusted-documents.json, when the process runs inside one.
/// </summary>
internal static class TrustedDocumentsFile
{
    public const string InRepository = "schema/operations/trusted-documents.json";

    public static string? InCheckout() =>
        Checkout.OfWorkingDirectory() is { } checkout && Path.Combine(checkout, InRepository) is var manifest && File.Exists(manifest)
            ? manifest
            : null;
}
