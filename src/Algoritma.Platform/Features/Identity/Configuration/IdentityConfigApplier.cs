using System.Text.Json;
using Algoritma.Platform.Features.Identity.Oidc;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Algoritma.Platform.Features.Identity.Configuration;

/// <summary>
/// Applies the OIDC clients and users of tenants-config/ (after the tenants exist). Plain secrets and
/// passwords are accepted in Development only; elsewhere they must come from environment variables.
/// Everything is checked before anything is written.
/// </summary>
public sealed class IdentityConfigApplier(
    IOpenIddictApplicationManager applications,
    UserManager<PlatformUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    TenantScopeForPrincipal scopes,
    TimeProvider clock,
    RevocationNotices revocations,
    PlatformDbContext db)
{
    public async Task<IReadOnlyList<string>> ApplyAsync(IReadOnlyList<IdentityFile> files, CancellationToken cancellationToken)
    {
        await EnsureRolesAsync();
        var report = new List<string>();
        foreach (var file in files.Where(f => f.Clients.Count + f.Users.Count + f.Admins.Count > 0))
        {
            var tenant = await scopes.FindAsync(file.TenantId, cancellationToken);
            using (scopes.Enter(tenant))
            {
                foreach (var client in file.Clients)
                {
                    await ApplyClientAsync(file.TenantId, client, cancellationToken);
                }

                foreach (var user in file.Users.Concat(file.Admins))
                {
                    await ApplyUserAsync(file.TenantId, user);
                }
            }

            report.Add($"{file.FileName}: {file.Clients.Count} client(s), {file.Users.Count + file.Admins.Count} user(s) applied");
        }

        return report;
    }

    internal static string? SecretOf(string? plain, string? environmentVariable) =>
        plain ?? (environmentVariable is null ? null : Environment.GetEnvironmentVariable(environmentVariable));

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    private async Task ApplyClientAsync(string? tenantId, ClientDefinition client, CancellationToken cancellationToken)
    {
        var descriptor = ClientDescriptors.Build(client.ClientId, client.DisplayName ?? client.ClientId, client.Type == "confidential",
            client.GrantTypes, client.RedirectUris, client.PostLogoutRedirectUris, client.Roles, tenantId,
            SecretOf(client.Secret, client.SecretEnv));
        var existing = await applications.FindByClientIdAsync(client.ClientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    private async Task ApplyUserAsync(string? tenantId, UserDefinition definition)
    {
        var userName = definition.UserName.ToLowerInvariant();
        var user = await users.FindByNameAsync(userName);
        var password = SecretOf(definition.Password, definition.PasswordEnv)!;
        var existed = user is not null;
        var unitChanged = false;
        if (user is null)
        {
            user = new PlatformUser
            {
                Id = Guid.CreateVersion7(), UserName = userName, TenantId = tenantId, CreatedAt = clock.GetUtcNow(),
                DisplayName = definition.DisplayName ?? userName, Email = definition.Email, UnitCode = definition.Unit,
            };
            await users.CreateAsync(user, password).ThrowIfFailed(userName);
        }
        else
        {
            unitChanged = user.UnitCode != definition.Unit;
            user.DisplayName = definition.DisplayName ?? userName;
            user.Email = definition.Email;
            user.UnitCode = definition.Unit;
            await users.UpdateAsync(user).ThrowIfFailed(userName);
            if (!await users.CheckPasswordAsync(user, password))
            {
                await users.RemovePasswordAsync(user).ThrowIfFailed(userName);
                await users.AddPasswordAsync(user, password).ThrowIfFailed(userName);
            }
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(definition.Roles)).ThrowIfFailed(userName);
        await users.AddToRolesAsync(user, definition.Roles.Except(current)).ThrowIfFailed(userName);
        if (existed && (unitChanged || !current.ToHashSet().SetEquals(definition.Roles)))
        {
            // a demotion takes effect on the tokens already issued too
            await users.UpdateSecurityStampAsync(user).ThrowIfFailed(userName);
            await revocations.UserChangedAsync(db, user.Id, CancellationToken.None);
        }
    }

}

/// <summary>One way to describe a platform client to OpenIddict, for configuration and the admin API alike.</summary>
public static class ClientDescriptors
{
    public static OpenIddictApplicationDescriptor Build(
        string clientId, string displayName, bool confidential, IEnumerable<string> grantTypes,
        IEnumerable<string> redirectUris, IEnumerable<string> postLogoutRedirectUris, IEnumerable<string> roles,
        string? tenantId, string? secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = confidential ? ClientTypes.Confidential : ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            ClientSecret = confidential ? secret : null,
        };
        foreach (var uri in redirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in postLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
            Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + "api"]);
        foreach (var grant in grantTypes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.GrantType + grant);
            if (grant == GrantTypes.AuthorizationCode)
            {
                descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession, Permissions.ResponseTypes.Code]);
                descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            }
        }

        if (confidential)
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        descriptor.Properties["tenant"] = JsonSerializer.SerializeToElement(tenantId);
        descriptor.Properties["roles"] = JsonSerializer.SerializeToElement(roles.ToArray());
        return descriptor;
    }
}
