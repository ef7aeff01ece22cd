using Algoritma.GraphQL.Server;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.PlatformInfo;
using Algoritma.Platform.Persistence;
using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Algoritma.Platform;

public static class PlatformModule
{
    /// <summary>Everything the platform needs, for the web host and the CLI alike.</summary>
    public static IServiceCollection AddAlgoritmaPlatform(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var graphQLOptions = new GraphQLServerOptions();
        configuration.GetSection("GraphQL").Bind(graphQLOptions);
        graphQLOptions.ExposeExceptionDetails = environment.IsDevelopment();

        services.AddPersistence(configuration);
        services.AddSingleton<IQueryFields, PlatformQuery>();
        services.AddGraphQLServer(graphQLOptions, graphql => graphql.AddGraphTypes(typeof(PlatformModule).Assembly));
        return services;
    }
}
