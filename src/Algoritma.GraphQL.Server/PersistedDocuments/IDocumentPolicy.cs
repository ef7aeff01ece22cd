using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.PersistedDocuments;

/// <summary>
/// Whether a request may send a document's text, or only a trusted document (from the manifest, by documentId or hash).
/// The host decides, from whatever it knows of the request (its tenant's settings, its client); the transport does not.
/// </summary>
public interface IDocumentPolicy
{
    ValueTask<bool> TrustedDocumentsOnlyAsync(HttpContext context);
}

/// <summary>The default: any document text is accepted.</summary>
internal sealed class AnyDocumentPolicy : IDocumentPolicy
{
    public ValueTask<bool> TrustedDocumentsOnlyAsync(HttpContext context) => ValueTask.FromResult(false);
}
