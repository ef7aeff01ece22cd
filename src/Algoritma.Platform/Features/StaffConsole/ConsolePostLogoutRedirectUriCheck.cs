using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Identity.Clients;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlerFilters;
using static OpenIddict.Server.OpenIddictServerHandlers.Session;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>
/// Takes the place of OpenIddict's <see cref="ValidateClientPostLogoutRedirectUri"/>: after signing out of a console
/// client (named by client_id) the browser may only return to that console's base on the request's own origin; every
/// other request goes through the stock check.
/// </summary>
public sealed class ConsolePostLogoutRedirectUriCheck(IOpenIddictApplicationManager applications, ClientDirectory clients, ITenantStore tenants)
    : IOpenIddictServerHandler<ValidateEndSessionRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateEndSessionRequestContext>()
            .AddFilter<RequirePostLogoutRedirectUriParameter>()
            .UseScopedHandler<ConsolePostLogoutRedirectUriCheck>()
            .SetOrder(ValidateClientPostLogoutRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateEndSessionRequestContext context)
    {
        var tenant = await ConsoleClientTenant.FindAsync(context.ClientId, clients, tenants, context.CancellationToken);
        if (tenant is null && context.ClientId == PlatformConsoleClient.Id
            && await clients.FindAsync(context.ClientId, context.CancellationToken) is { TenantId: null })
        {
            if (!await ConsoleCallbacks.IsPlatformCallbackAsync(context.PostLogoutRedirectUri, context.Transaction.GetHttpRequest()!, signIn: false, tenants, context.CancellationToken))
            {
                context.Reject(
                    error: OpenIddictConstants.Errors.InvalidRequest,
                    description: $"The post_logout_redirect_uri of '{context.ClientId}' must be the platform console's address on this origin.");
            }

            return;
        }

        if (tenant is null)
        {
            await new ValidateClientPostLogoutRedirectUri(applications).HandleAsync(context);
            return;
        }

        if (!ConsoleCallbacks.IsSignOutTarget(context.PostLogoutRedirectUri, context.Transaction.GetHttpRequest()!, tenant))
        {
            context.Reject(
                error: OpenIddictConstants.Errors.InvalidRequest,
                description: $"The post_logout_redirect_uri of '{context.ClientId}' must be its console's address on this origin.");
        }
    }
}
