namespace Algoritma.GraphQL.Server;

/// <summary>Limits and switches of the GraphQL endpoint; the defaults are the ones README documents.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest accepted request: a POST body or a GET query string, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Deepest selection-set nesting a document may have; the standard introspection query needs 15.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest computed complexity (each field 1, list fields multiplied by their page size).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Total query length of the parsed and validated documents kept for reuse (about ten times that in memory).</summary>
    public long DocumentCacheBytes { get; set; } = 1_000_000;

    /// <summary>Exception messages and stack traces in responses; only ever on in Development.</summary>
    public bool ExposeExceptionDetails { get; set; }
}
