using System.Security.Claims;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Identity.Clients;
using Algoritma.Platform.Features.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>The principal behind every token: subject, name, tenant, roles and unit scope.</summary>
public sealed class PlatformClaimsFactory(UserManager<PlatformUser> users, CitizenKeys citizenKeys, IOptions<TokenLifetimes> lifetimes)
{
    public async Task<ClaimsPrincipal> ForUserAsync(PlatformUser user, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        var roles = await users.GetRolesAsync(user);
        var citizenKey = roles.Contains(Roles.Citizen) ? await citizenKeys.KeyOfUserAsync(user.Id, CancellationToken.None) : null;
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(PlatformClaims.Tenant, user.TenantId)
            .SetClaim(PlatformClaims.Unit, user.UnitCode)
            .SetClaims(Claims.Role, [.. roles])
            .SetClaim(PlatformClaims.SealedCitizenKey, citizenKey is null ? null : citizenKeys.Seal(citizenKey))
            .SetClaim(SecurityStamps.Claim, SecurityStamps.Digest(await users.GetSecurityStampAsync(user)));
        identity.SetAccessTokenLifetime(roles.All(r => r == Roles.Citizen) ? lifetimes.Value.Citizen : lifetimes.Value.Staff);
        return Finish(identity, scopes);
    }

    public ClaimsPrincipal ForClient(ClientInfo client, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, client.DisplayName)
            .SetClaim(PlatformClaims.Tenant, client.TenantId)
            .SetClaims(Claims.Role, [.. client.Roles]);
        identity.SetAccessTokenLifetime(lifetimes.Value.Staff);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources("algoritma-api");
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or Claims.PreferredUsername or Claims.Email or PlatformClaims.Tenant or PlatformClaims.Unit or Claims.Role
                => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
