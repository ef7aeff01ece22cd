namespace Algoritma.GraphQL.Server.Transport.WebSockets;

/// <summary>Bounds of the graphql-transport-ws transport; docs/subscriptions.md documents each.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>The one subprotocol served (the npm <c>graphql-ws</c> client's).</summary>
    public const string Subprotocol = "graphql-transport-ws";

    /// <summary>How long a new socket may wait before its <c>connection_init</c>; then it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most operations (subscriptions, and queries or mutations in flight) one socket may hold open at once.</summary>
    public int MaxOperationsPerConnection { get; set; } = 25;
}
