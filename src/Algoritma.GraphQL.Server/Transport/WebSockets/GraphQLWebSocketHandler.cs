using Algoritma.GraphQL.Server.PersistedDocuments;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Algoritma.GraphQL.Server.Transport.WebSockets;

/// <summary>Accepts a WebSocket upgrade on a GraphQL path and runs graphql-transport-ws on it until it closes.</summary>
internal sealed class GraphQLWebSocketHandler<TSchema>(
    IDocumentExecuter<TSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    PersistedDocumentResolver documents,
    RequestScreening screening,
    IServiceScopeFactory scopeFactory,
    IGraphQLConnectionAuthenticator authenticator,
    GraphQLWebSocketOptions options,
    GraphQLServerOptions serverOptions,
    ILogger<GraphQLWebSocketHandler<TSchema>> logger)
    where TSchema : ISchema
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketOptions.Subprotocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLWebSocketOptions.Subprotocol);
        var services = new GraphQLWebSocketServices<TSchema>(executer, reader, documents, screening, new ServerMessages(serializer), scopeFactory,
            authenticator, options, serverOptions, logger);
        await new GraphQLWebSocketConnection<TSchema>(socket, context, services).RunAsync();
    }
}
