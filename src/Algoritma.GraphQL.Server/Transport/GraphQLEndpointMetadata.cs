namespace Algoritma.GraphQL.Server.Transport;

/// <summary>Marks the endpoints <c>MapGraphQL</c> maps, so that middleware can answer them in the GraphQL shape.</summary>
public sealed class GraphQLEndpointMetadata
{
    public static readonly GraphQLEndpointMetadata Instance = new();

    private GraphQLEndpointMetadata()
    {
    }
}
