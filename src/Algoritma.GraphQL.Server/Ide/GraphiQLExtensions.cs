using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.GraphQL.Server.Ide;

public static class GraphiQLExtensions
{
    public static IServiceCollection AddGraphiQL(this IServiceCollection services, Action<GraphiQLOptions> configure)
    {
        var options = new GraphiQLOptions();
        configure(options);
        return services.AddSingleton(options);
    }

    /// <summary>After tenant resolution and authentication, so that a page on an unknown tenant's route is a 404 like any other request.</summary>
    public static IApplicationBuilder UseGraphiQL(this IApplicationBuilder app) => app.UseMiddleware<GraphiQLMiddleware>();
}
