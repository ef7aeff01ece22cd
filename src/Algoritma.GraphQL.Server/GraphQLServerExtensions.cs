using Algoritma.GraphQL.Server.Authorization;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Limits;
using Algoritma.GraphQL.Server.PersistedDocuments;
using Algoritma.GraphQL.Server.RateLimiting;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.GraphQL.Server.Transport;
using Algoritma.GraphQL.Server.Transport.WebSockets;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Algoritma.GraphQL.Server;

public static class GraphQLServerExtensions
{
    /// <summary>Registers the composed schema, the transport, error codes and the request limits.</summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        GraphQLServerOptions options,
        Action<IGraphQLBuilder>? configure = null)
    {
        services.AddSingleton(options);
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<RequestScreening>();
        services.AddSingleton(_ => options.TrustedDocumentsPath is { } manifest ? TrustedDocumentManifest.LoadFileOrFolder(manifest) : TrustedDocumentManifest.Empty);
        services.AddSingleton<AutomaticPersistedQueries>();
        services.TryAddSingleton<IDocumentPolicy, AnyDocumentPolicy>();
        services.AddSingleton<PersistedDocumentResolver>();
        services.AddSingleton<global::GraphQL.Types.IdGraphType, StringIdGraphType>();
        services.AddScoped<GraphQLHttpHandler<ComposedSchema>>();
        services.AddGraphQLWebSockets();
        services.AddSingleton<IQueryFields, Relay.NodeQuery>();
        services.AddTransient(typeof(Relay.ConnectionType<,>));
        services.AddTransient(typeof(Relay.EdgeType<,>));
        services.AddGraphQL(builder =>
        {
            builder.Services.Configure<ComplexityOptions>(complexity => DepthAndComplexityLimits.Configure(complexity, options));
            builder.AddSchema<ComposedSchema>()
                .AddSystemTextJson()
                .AddErrorInfoProvider(_ => new CodedErrorInfoProvider(options))
                // the rules that depend on the caller or the variables run for cached documents too
                .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true)
                .AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true)
                .AddValidationRule<IntrospectionRule>(useForCachedDocuments: true)
                .AddRateLimiting()
                .ConfigureExecution(provider => provider.GetRequiredService<ValidatedDocumentCache>())
                // resolvers share one scoped DbContext per request, which must not run queries in parallel
                .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
                // each event of a subscription is resolved in a service scope of its own, its fields one after another
                .AddScopedSubscriptionExecutionStrategy(serialExecution: true)
                .ConfigureExecutionOptions(LogUnhandledExceptions)
                .AddGraphTypes(typeof(GraphQLServerExtensions).Assembly);
            configure?.Invoke(builder);
        });
        return services;
    }

    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/> for every method (others get 405; GraphiQL may answer a
    /// browser's GET), and graphql-transport-ws to a WebSocket upgrade request (the host calls <c>UseWebSockets</c>).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.Map(pattern, context => context.WebSockets.IsWebSocketRequest
            ? context.RequestServices.GetRequiredService<GraphQLWebSocketHandler<ComposedSchema>>().HandleAsync(context)
            : context.RequestServices.GetRequiredService<GraphQLHttpHandler<ComposedSchema>>().HandleAsync(context))
            .WithMetadata(GraphQLEndpointMetadata.Instance);

    private static void LogUnhandledExceptions(ExecutionOptions options)
    {
        options.UnhandledExceptionDelegate = context =>
        {
            var logger = options.RequestServices?.GetService<ILogger<ComposedSchema>>();
            if (Unavailable.Matches(options.RequestServices?.GetService<GraphQLServerOptions>(), context.OriginalException))
            {
                logger?.LogWarning(context.OriginalException, "GraphQL resolver could not reach the database: {Message}; trace id {TraceId}", context.ErrorMessage, RequestTrace.CurrentId);
                context.Exception = Unavailable.Error();
                return Task.CompletedTask;
            }

            logger?.LogError(context.OriginalException, "GraphQL resolver failed: {Message}; trace id {TraceId}", context.ErrorMessage, RequestTrace.CurrentId);
            return Task.CompletedTask;
        };
    }
}
