using System.Security.Claims;

namespace Algoritma.GraphQL.Server;

/// <summary>Limits and switches of the GraphQL endpoint; docs/security-edge.md documents each bound and its code.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest accepted request: a POST body or a GET query string, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Deepest selection-set nesting a document may have; the standard introspection query needs 15.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest computed complexity (each field 1, list fields multiplied by their page size).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>
    /// Most fields a document may select once its fragment spreads are expanded, counted before anything is expanded
    /// (so a fragment bomb is refused in microseconds); the standard introspection query selects 220.
    /// </summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Most aliased fields a document may select once its fragment spreads are expanded.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most times one operation may select the same root field (each selection may cost a database query).</summary>
    public int MaxRootFieldRepeats { get; set; } = 5;

    /// <summary>Longest string, in UTF-16 code units, in variables, extensions, the operation name and the document's literals.</summary>
    public int MaxStringLength { get; set; } = 4_096;

    /// <summary>Total query length of the parsed and validated documents kept for reuse (about ten times that in memory).</summary>
    public long DocumentCacheBytes { get; set; } = 1_000_000;

    /// <summary>Total text length of the documents automatic persisted queries keep by hash (0 keeps none).</summary>
    public long PersistedQueryCacheBytes { get; set; } = 1_000_000;

    /// <summary>
    /// The trusted-document manifest (<c>{ "&lt;sha256&gt;": "&lt;document&gt;" }</c>), or a folder whose <c>*.json</c>
    /// manifests are merged; null: no trusted documents.
    /// </summary>
    public string? TrustedDocumentsPath { get; set; }

    /// <summary>Seconds a shared cache may keep an anonymous GET answer (<c>Cache-Control: public, max-age</c>).</summary>
    public int PublicMaxAge { get; set; } = 60;

    /// <summary>Request headers besides Authorization and Accept that change a GET answer (the host's tenant header, say).</summary>
    public IList<string> VaryHeaders { get; set; } = [];

    /// <summary>
    /// Exception messages, types and stack traces in responses (<c>extensions.details</c>, problem details'
    /// <c>detail</c>); off unless <c>GraphQL:ExposeExceptionDetails</c> turns it on, in Development too.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>
    /// The host's rule for an exception that means its database is briefly out of reach (refusing connections, or none
    /// free in time): such a failure, anywhere in the exception's chain, answers <c>UNAVAILABLE</c> with 503 and
    /// <c>Retry-After</c> instead of <c>INTERNAL</c>. Null: none does.
    /// </summary>
    public Func<Exception, bool>? IsUnavailable { get; set; }

    /// <summary>Seconds <c>Retry-After</c> asks an <c>UNAVAILABLE</c> caller to wait.</summary>
    public int UnavailableRetryAfterSeconds { get; set; } = 5;

    /// <summary>Schema introspection (<c>__schema</c>, <c>__type</c>) for every caller; off unless the host turns it on.</summary>
    public bool AllowIntrospection { get; set; }

    /// <summary>When <see cref="AllowIntrospection"/> is off: the callers who may still introspect (null: nobody).</summary>
    public Func<ClaimsPrincipal, bool>? AllowIntrospectionFor { get; set; }

    /// <summary>Whether <paramref name="user"/> may introspect the schema.</summary>
    public bool MayIntrospect(ClaimsPrincipal? user) =>
        AllowIntrospection || (user is not null && AllowIntrospectionFor?.Invoke(user) == true);
}
