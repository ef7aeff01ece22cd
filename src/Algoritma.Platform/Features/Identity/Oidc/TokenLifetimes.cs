namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// How long an access token lives: short for staff and clients, whose power is larger and whose roles change; longer
/// for citizens. Revocation does not wait for either (<see cref="TokenRevocations"/>); the short life bounds what a
/// stolen token is worth. Configuration section <c>Identity:Tokens</c> (e.g. <c>Identity__Tokens__Staff=00:05:00</c>).
/// </summary>
public sealed class TokenLifetimes
{
    public const string Section = "Identity:Tokens";

    public static readonly TokenLifetimes Default = new();

    /// <summary>Officers, program managers, admins and clients (client credentials).</summary>
    public TimeSpan Staff { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan Citizen { get; set; } = TimeSpan.FromMinutes(30);
}
