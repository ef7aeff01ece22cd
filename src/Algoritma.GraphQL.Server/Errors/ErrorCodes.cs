namespace Algoritma.GraphQL.Server.Errors;

/// <summary>The values of <c>extensions.code</c> the platform answers with.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string TenantRequired = "TENANT_REQUIRED";
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The platform could not reach its database in time (at its connection limit, say): retry after <c>Retry-After</c>.</summary>
    public const string Unavailable = "UNAVAILABLE";
    public const string Internal = "INTERNAL";

    /// <summary>A persisted document's hash (or documentId) the server does not know: send the text with it.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The sha256Hash sent beside a document's text is not the hash of that text.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>This caller may run trusted documents only, by documentId or hash; free text is refused.</summary>
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";

    internal static readonly HashSet<string> Known =
    [
        BadRequest, PayloadTooLarge, MethodNotAllowed, UnsupportedMediaType, NotAcceptable, ParseFailed,
        ValidationFailed, MaxDepthExceeded, MaxComplexityExceeded, BadUserInput, Unauthenticated, Forbidden,
        NotFound, Conflict, TenantRequired, RateLimited, Unavailable, Internal, PersistedQueryNotFound, PersistedQueryHashMismatch,
        PersistedQueryOnly,
    ];
}
