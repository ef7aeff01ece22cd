using System.Runtime.CompilerServices;
using Algoritma.GraphQL.Server.Limits;
using GraphQL;
using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>A request's document, parsed and measured, or the reason it is refused before validation.</summary>
internal sealed record ScreenedRequest(GraphQLDocument? Document, DocumentCost? Cost, ExecutionError? Error);

/// <summary>
/// What is checked before graphql-dotnet validates anything: the document parses, its strings are bounded and free
/// of NUL, and its expanded size (<see cref="DocumentCost"/>) is within the limits. Validation and the complexity
/// analyzer expand fragments, so a fragment bomb has to be refused here.
/// </summary>
internal sealed class RequestScreening(ValidatedDocumentCache documents, GraphQLServerOptions options)
{
    // a cached document is the same instance on every request, so its cost is measured once
    private readonly ConditionalWeakTable<GraphQLDocument, DocumentCost> _costs = [];

    public async ValueTask<ScreenedRequest> ScreenAsync(GraphQLHttpRequest request)
    {
        var cached = documents.Find(request.Text);
        var (document, parseError) = cached is null ? DocumentParser.Parse(request.Text) : (cached, null);
        if (document is null)
        {
            return new ScreenedRequest(null, null, parseError);
        }

        var cost = _costs.GetValue(document, DocumentCost.Measure);
        var error = DocumentLimits.Check(cost, options)
            ?? InputStrings.CheckRequest(request.OperationName, request.Variables, request.Extensions, options)
            // a cached document's literals passed when it was first executed
            ?? (cached is null ? await InputStrings.CheckLiteralsAsync(document, options) : null);
        return new ScreenedRequest(document, cost, error);
    }
}
