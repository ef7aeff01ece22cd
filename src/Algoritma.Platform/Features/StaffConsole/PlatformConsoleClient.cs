using Algoritma.Platform.Features.Identity.Configuration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>
/// The platform admin's console client <c>platform-console</c>: public (code + PKCE, refresh tokens), of no tenant,
/// so its sign-in is a platform user's. Like the tenant consoles it has no stored redirect URIs
/// (<see cref="ConsoleCallbacks.IsPlatformCallbackAsync"/>).
/// </summary>
public sealed class PlatformConsoleClient(IOpenIddictApplicationManager applications)
{
    public const string Id = "platform-console";

    public const string DisplayName = "Konsol Platform";

    /// <summary>Creates the client when it is missing; returns whether it did.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(Id, cancellationToken) is not null)
        {
            return false;
        }

        await applications.CreateAsync(ClientDescriptors.Build(Id, DisplayName, confidential: false,
            [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken], [], [], [], tenantId: null, secret: null), cancellationToken);
        return true;
    }
}
