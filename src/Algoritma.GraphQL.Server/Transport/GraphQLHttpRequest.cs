using GraphQL;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request, already checked for shape. <see cref="Query"/> is null when the
/// client sent a persisted document's id or hash instead; <see cref="PersistedDocuments.PersistedDocumentResolver"/>
/// fills it in before anything else reads it.
/// </summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentId = null)
{
    /// <summary>The document's text, once resolved.</summary>
    public string Text => Query ?? throw new InvalidOperationException("The request's document was not resolved.");
}

/// <summary>A request the transport refuses before execution: its status code, error code and reason.</summary>
internal sealed class RequestRefusedException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public string? Allow { get; init; }
}
