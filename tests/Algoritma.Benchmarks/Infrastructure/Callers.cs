using System.Security.Claims;
using Algoritma.Platform.Features.Shared;

namespace Algoritma.Benchmarks.Infrastructure;

/// <summary>The principals the API's authentication hands to GraphQL: nobody, or a validated token's claims.</summary>
public static class Callers
{
    /// <summary>What ASP.NET Core puts in <c>HttpContext.User</c> when no token was sent.</summary>
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    /// <summary>A program manager of <paramref name="tenant"/>, with the claim types the platform's tokens carry.</summary>
    public static ClaimsPrincipal ProgramManager(string tenant) => new(new ClaimsIdentity(
        [
            new Claim(PlatformClaims.Subject, "benchmark-manager"),
            new Claim(PlatformClaims.Name, "Benchmark Program Manager"),
            new Claim(PlatformClaims.Tenant, tenant),
            new Claim(PlatformClaims.Role, Roles.ProgramManager),
        ],
        authenticationType: "Bearer",
        nameType: PlatformClaims.Name,
        roleType: PlatformClaims.Role));
}
