using Algoritma.GraphQL.Server.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Algoritma.GraphQL.Server.Transport.WebSockets;

internal static class GraphQLWebSocketRegistration
{
    /// <summary>The transport with its defaults; a host registers its own options or authenticator (before or after: the last one registered wins).</summary>
    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services)
    {
        services.TryAddSingleton(new GraphQLWebSocketOptions());
        services.TryAddSingleton<IGraphQLConnectionAuthenticator, UpgradeRequestAuthenticator>();
        services.AddScoped<GraphQLWebSocketHandler<ComposedSchema>>();
        return services;
    }
}
