using Algoritma.GraphQL.Server.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>Parses a document, turning every way the parser can fail into a coded error.</summary>
internal static class DocumentParser
{
    private static readonly GraphQLDocumentBuilder Builder = new();

    public static (GraphQLDocument? Document, ExecutionError? Error) Parse(string query)
    {
        try
        {
            return (Builder.Build(query), null);
        }
        catch (Exception error) when (error is GraphQLMaxDepthExceededException || error.InnerException is GraphQLMaxDepthExceededException)
        {
            return (null, new CodedError(ErrorCodes.MaxDepthExceeded, "The document is nested deeper than the parser allows."));
        }
        catch (SyntaxError syntax)
        {
            return (null, syntax);
        }
        catch (Exception error) when (error is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            // the parser fails so while describing some syntax errors (a carriage return before '}', say)
            return (null, new CodedError(ErrorCodes.ParseFailed, "The document does not parse."));
        }
    }
}
