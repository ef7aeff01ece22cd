using System.Text.Json;
using OpenIddict.Abstractions;

namespace Algoritma.Platform.Features.Identity.Clients;

/// <summary>What the platform keeps on an OIDC client beyond OpenIddict's own fields: its tenant and roles.</summary>
public sealed class ClientDirectory(IOpenIddictApplicationManager applications)
{
    public const string TenantProperty = "tenant";
    public const string RolesProperty = "roles";

    public async Task<ClientInfo?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        var tenant = properties.TryGetValue(TenantProperty, out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var roles = properties.TryGetValue(RolesProperty, out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        var displayName = await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId;
        var confidential = await applications.HasClientTypeAsync(application, OpenIddictConstants.ClientTypes.Confidential, cancellationToken);
        var redirects = await applications.GetRedirectUrisAsync(application, cancellationToken);
        var postLogout = await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken);
        return new ClientInfo(clientId, displayName, tenant, roles, confidential, [.. redirects.Order(StringComparer.Ordinal)], [.. postLogout.Order(StringComparer.Ordinal)]);
    }
}

public sealed record ClientInfo(
    string ClientId, string DisplayName, string? TenantId, IReadOnlyList<string> Roles, bool Confidential,
    IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris);
