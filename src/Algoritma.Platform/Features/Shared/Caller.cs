using System.Security.Claims;

namespace Algoritma.Platform.Features.Shared;

/// <summary>Who is calling, read from the validated access token.</summary>
public sealed record Caller(string? Subject, string? Name, string? TenantId, IReadOnlyList<string> Roles, string? Unit)
{
    public static readonly Caller Anonymous = new(null, null, null, [], null);

    /// <summary>A citizen's analytics key as their token carries it, sealed (<c>CitizenKeys</c> opens it).</summary>
    public string? SealedCitizenKey { get; init; }

    public bool IsAuthenticated => Subject is not null;

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>
    /// Whether the caller may act on the unit with <paramref name="code"/>: a city admin anywhere in its city;
    /// an officer at its own unit and, for a kecamatan officer, the kelurahan/desa below it.
    /// </summary>
    public bool Covers(string code) =>
        IsInRole(Shared.Roles.CityAdmin)
        || (IsInRole(Shared.Roles.Officer) && Unit is not null && (code == Unit || code.StartsWith(Unit + ".", StringComparison.Ordinal)));

    public static Caller From(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated != true
            ? Anonymous
            : new Caller(
                user.FindFirstValue(PlatformClaims.Subject),
                user.FindFirstValue(PlatformClaims.Name),
                user.FindFirstValue(PlatformClaims.Tenant),
                [.. user.FindAll(PlatformClaims.Role).Select(c => c.Value)],
                user.FindFirstValue(PlatformClaims.Unit)) { SealedCitizenKey = user.FindFirstValue(PlatformClaims.SealedCitizenKey) };
}
