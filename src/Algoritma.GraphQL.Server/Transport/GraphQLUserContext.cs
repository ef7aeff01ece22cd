using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>The user context of one GraphQL execution: the HTTP request it came from.</summary>
public sealed class GraphQLUserContext(HttpContext httpContext) : Dictionary<string, object?>
{
    public HttpContext HttpContext { get; } = httpContext;
}
