using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Server.OpenIddictServerHandlers.Authentication;
using static OpenIddict.Server.OpenIddictServerHandlers.Session;

namespace Algoritma.Platform.Features.StaffConsole;

public static class StaffConsoleModule
{
    /// <summary>
    /// The staff console: its settings and page configuration, every tenant's <c>{tenant}-console</c> client, the platform's <c>platform-console</c>, and the
    /// redirect rule that lets that client return to the console on the origin it signed in from (docs/console.md).
    /// </summary>
    public static IServiceCollection AddStaffConsole(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new StaffConsoleOptions();
        configuration.GetSection(StaffConsoleOptions.Section).Bind(options);
        services.AddSingleton(options);
        services.AddScoped<ConsoleConfigs>();
        services.AddScoped<ConsoleClient>();
        services.AddScoped<PlatformConsoleClient>();
        services.AddOpenIddict().AddServer(server => server
            .RemoveEventHandler(ValidateClientRedirectUri.Descriptor)
            .AddEventHandler(ConsoleRedirectUriCheck.Descriptor)
            .RemoveEventHandler(ValidateClientPostLogoutRedirectUri.Descriptor)
            .AddEventHandler(ConsolePostLogoutRedirectUriCheck.Descriptor));
        return services;
    }
}
