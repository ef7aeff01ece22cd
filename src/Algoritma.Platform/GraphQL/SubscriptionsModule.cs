using Algoritma.GraphQL.Server.Transport.WebSockets;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Persistence.Changes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.GraphQL;

public static class SubscriptionsModule
{
    /// <summary>graphql-transport-ws bounds from <c>GraphQL:WebSockets</c>, the platform's authentication of sockets, change notification.</summary>
    public static IServiceCollection AddGraphQLSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new GraphQLWebSocketOptions();
        configuration.GetSection("GraphQL:WebSockets").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<IGraphQLConnectionAuthenticator, PlatformConnectionAuthenticator>();
        services.AddChangeNotifications(configuration);
        return services;
    }
}
