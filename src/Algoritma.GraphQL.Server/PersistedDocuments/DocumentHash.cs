using System.Security.Cryptography;
using System.Text;

namespace Algoritma.GraphQL.Server.PersistedDocuments;

/// <summary>The SHA-256 of a document's UTF-8 text in lowercase hex, as Apollo clients and graphql-codegen compute it.</summary>
public static class DocumentHash
{
    private const string Sha256Prefix = "sha256:";
    private const int HexLength = 64;

    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A hash as sent: 64 hex digits, either case. Anything else is no hash.</summary>
    public static string? Normalize(string? hash) =>
        hash is { Length: HexLength } && hash.All(char.IsAsciiHexDigit) ? hash.ToLowerInvariant() : null;

    /// <summary>A <c>documentId</c>: <c>sha256:&lt;hex&gt;</c> (GraphQL over HTTP's persisted documents) or the bare hex.</summary>
    public static string? FromDocumentId(string documentId) =>
        Normalize(documentId.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase) ? documentId[Sha256Prefix.Length..] : documentId);
}
