namespace Algoritma.Platform.GraphQL;

/// <summary>
/// Where the running API finds its trusted documents when <c>GraphQL:TrustedDocumentsPath</c> is not set: every
/// manifest in the checkout's schema/operations/ (the platform's own, the console's), when the process runs inside one.
/// </summary>
internal static class TrustedDocumentsFile
{
    public const string InRepository = "schema/operations";

    public static string? InCheckout() =>
        Checkout.OfWorkingDirectory() is { } checkout && Path.Combine(checkout, InRepository) is var folder && Directory.Exists(folder)
            ? folder
            : null;
}
