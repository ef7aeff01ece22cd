namespace Algoritma.Platform.Features.Shared;

/// <summary>
/// The client id of a tenant's staff console, <c>{tenant}-console</c>: the console feature creates it, and client
/// administration refuses to store redirect URIs for it (the console returns only to itself).
/// </summary>
public static class StaffConsoleClientId
{
    public const string Suffix = "-console";

    public static string Of(string tenantId) => tenantId + Suffix;
}
