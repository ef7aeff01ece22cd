using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>The operation a request runs: the one named, or the only one of the document.</summary>
internal static class OperationSelection
{
    public static GraphQLOperationDefinition? Selected(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    /// <summary>
    /// A mutation runs to its end even when the client hangs up: cancelling a write part-way through its commit could
    /// leave it half-written (seen under load: a stream row without its events). Queries stop with the request.
    /// </summary>
    public static bool IsMutation(GraphQLDocument? document, string? operationName) =>
        document is not null && Selected(document, operationName)?.Operation == OperationType.Mutation;
}
