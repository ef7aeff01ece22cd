using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Identity.Clients;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Authentication;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>
/// Takes the place of OpenIddict's <see cref="ValidateClientRedirectUri"/>: a console client's redirect_uri must be
/// its tenant's console callback on the authorization request's own origin (<see cref="ConsoleCallbacks"/>); every
/// other client goes through the stock check of its registered URIs.
/// </summary>
public sealed class ConsoleRedirectUriCheck(IOpenIddictApplicationManager applications, ClientDirectory clients, ITenantStore tenants)
    : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseScopedHandler<ConsoleRedirectUriCheck>()
            .SetOrder(ValidateClientRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var tenant = await ConsoleClientTenant.FindAsync(context.ClientId, clients, tenants, context.CancellationToken);
        if (tenant is null && context.ClientId == PlatformConsoleClient.Id
            && await clients.FindAsync(context.ClientId, context.CancellationToken) is { TenantId: null })
        {
            if (!await ConsoleCallbacks.IsPlatformCallbackAsync(context.RedirectUri, context.Transaction.GetHttpRequest()!, signIn: true, tenants, context.CancellationToken))
            {
                context.Reject(
                    error: OpenIddictConstants.Errors.InvalidRequest,
                    description: $"The redirect_uri of '{context.ClientId}' must be the platform console's callback on this origin.");
            }

            return;
        }

        if (tenant is null)
        {
            await new ValidateClientRedirectUri(applications).HandleAsync(context);
            return;
        }

        if (!ConsoleCallbacks.IsSignInCallback(context.RedirectUri, context.Transaction.GetHttpRequest()!, tenant))
        {
            context.Reject(
                error: OpenIddictConstants.Errors.InvalidRequest,
                description: $"The redirect_uri of '{context.ClientId}' must be its console's callback on this origin.");
        }
    }
}
