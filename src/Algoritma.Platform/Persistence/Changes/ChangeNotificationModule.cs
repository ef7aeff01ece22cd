using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Persistence.Changes;

public static class ChangeNotificationModule
{
    /// <summary>NOTIFY after every commit of events (gathered by the process's publisher), and the process's change feed for subscriptions.</summary>
    public static IServiceCollection AddChangeNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => new ChangeDatabase(DatabaseSettings.AppConnectionString(configuration)));
        services.AddSingleton<ChangePublisher>();
        services.AddSingleton<ChangeNotifier>();
        services.AddSingleton<ChangeFeed>();
        services.ConfigureMarten((provider, options) => options.Listeners.Add(provider.GetRequiredService<ChangeNotifier>()));
        return services;
    }
}
