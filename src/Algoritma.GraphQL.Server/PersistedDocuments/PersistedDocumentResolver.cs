using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Transport;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.PersistedDocuments;

/// <summary>A request whose document text is known, or the error that answers it instead.</summary>
internal sealed record ResolvedRequest(GraphQLHttpRequest? Request, ExecutionError? Error);

/// <summary>
/// Finds the text of a request's document: a trusted document by <c>documentId</c>, an automatic persisted query by
/// <c>extensions.persistedQuery.sha256Hash</c> (Apollo's protocol), or the text sent, which the host's
/// <see cref="IDocumentPolicy"/> may refuse unless it is a trusted document. Everything after (screening, limits, rate
/// limits, validation) sees the resolved text, however it came.
/// </summary>
internal sealed class PersistedDocumentResolver(TrustedDocumentManifest manifest, AutomaticPersistedQueries registered, IDocumentPolicy policy)
{
    public async ValueTask<ResolvedRequest> ResolveAsync(HttpContext context, GraphQLHttpRequest request)
    {
        var trustedOnly = await policy.TrustedDocumentsOnlyAsync(context);
        if (request.DocumentId is { } documentId)
        {
            return ByDocumentId(request, documentId);
        }

        var hash = PersistedQueryHash(request.Extensions);
        return (request.Query, hash) switch
        {
            (null, null) => throw BadRequest("The 'query' parameter is missing."),
            (null, { } known) => ByHash(request, known, trustedOnly),
            ({ } text, _) => WithText(request, text, hash, trustedOnly),
        };
    }

    private ResolvedRequest ByDocumentId(GraphQLHttpRequest request, string documentId)
    {
        if (request.Query is not null)
        {
            throw BadRequest("Send either 'query' or 'documentId', not both.");
        }

        var hash = DocumentHash.FromDocumentId(documentId)
            ?? throw BadRequest("A 'documentId' is 'sha256:' followed by 64 hexadecimal digits.");
        return manifest.Find(hash) is { } text
            ? new ResolvedRequest(request with { Query = text }, null)
            : NotFound($"No trusted document has the id '{documentId}'.");
    }

    private ResolvedRequest ByHash(GraphQLHttpRequest request, string hash, bool trustedOnly)
    {
        var text = manifest.Find(hash) ?? (trustedOnly ? null : registered.Find(hash));
        // Apollo clients recognise the message as well as the code, and then send the text with the hash
        return text is null ? NotFound("PersistedQueryNotFound") : new ResolvedRequest(request with { Query = text }, null);
    }

    private ResolvedRequest WithText(GraphQLHttpRequest request, string text, string? hash, bool trustedOnly)
    {
        var actual = hash is null && !trustedOnly ? null : DocumentHash.Of(text);
        if (hash is not null && hash != actual)
        {
            throw new RequestRefusedException(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch,
                "The persistedQuery sha256Hash is not the SHA-256 of the query sent.");
        }

        if (trustedOnly && manifest.Find(actual!) is null)
        {
            throw new RequestRefusedException(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryOnly,
                "Only trusted documents are accepted here: send a 'documentId' from the trusted-document manifest.");
        }

        if (hash is not null && !trustedOnly)
        {
            registered.Register(hash, text);
        }

        return new ResolvedRequest(request, null);
    }

    /// <summary><c>extensions.persistedQuery: { version: 1, sha256Hash }</c>, or null when the request has none.</summary>
    private static string? PersistedQueryHash(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return null;
        }

        if (value is not IDictionary<string, object?> persistedQuery)
        {
            throw BadRequest("'extensions.persistedQuery' must be an object.");
        }

        if (!persistedQuery.TryGetValue("version", out var version) || !IsOne(version))
        {
            throw BadRequest("Only version 1 of persisted queries is supported.");
        }

        return DocumentHash.Normalize(persistedQuery.TryGetValue("sha256Hash", out var hash) ? hash as string : null)
            ?? throw BadRequest("'extensions.persistedQuery.sha256Hash' must be 64 hexadecimal digits.");
    }

    private static bool IsOne(object? version) => version is IConvertible and not (string or bool) && Convert.ToDecimal(version, null) == 1;

    private static ResolvedRequest NotFound(string message) =>
        new(null, new CodedError(ErrorCodes.PersistedQueryNotFound, message));

    private static RequestRefusedException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}
