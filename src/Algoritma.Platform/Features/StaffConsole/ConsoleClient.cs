using Algoritma.Platform.Features.Identity.Configuration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>
/// Every tenant's public OIDC client for the staff console, <c>{tenant}-console</c> (code + PKCE, refresh tokens). It
/// has no stored redirect URIs: <see cref="ConsoleCallbacks"/> accepts the console's own callback on the origin the
/// sign-in was asked from.
/// </summary>
public sealed class ConsoleClient(IOpenIddictApplicationManager applications)
{
    public const string Suffix = StaffConsoleClientId.Suffix;

    public static string IdOf(string tenantId) => StaffConsoleClientId.Of(tenantId);

    public static string DisplayNameOf(string tenantName) => $"Konsol Staf {tenantName}";

    /// <summary>Creates the tenant's console client, or renames it after the tenant; leaves it alone otherwise.</summary>
    public async Task EnsureAsync(string tenantId, string tenantName, CancellationToken cancellationToken)
    {
        var clientId = IdOf(tenantId);
        var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(ClientDescriptors.Build(clientId, DisplayNameOf(tenantName), confidential: false,
                [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken], [], [], [], tenantId, secret: null), cancellationToken);
            return;
        }

        if (await applications.GetDisplayNameAsync(existing, cancellationToken) != DisplayNameOf(tenantName))
        {
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, existing, cancellationToken);
            descriptor.DisplayName = DisplayNameOf(tenantName);
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }
}
