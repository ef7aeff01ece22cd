using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>
/// Documents that parsed and passed validation, by query text: a front end sends the same few documents with
/// different variables, and validation costs about forty times the parse. A document from the cache runs only the
/// rules registered for cached documents (authorization and the depth and complexity limits, which depend on the
/// caller and the variables). Bounded by total query length; the least recently used documents leave first.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents;

    public ValidatedDocumentCache(GraphQLServerOptions options) =>
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.DocumentCacheBytes });

    /// <summary>After the rule registrations (100), so the cached-document rules are known.</summary>
    public float SortOrder => 200;

    public GraphQLDocument? Find(string query) => _documents.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        var cached = query is not null && options.Document is { } document && ReferenceEquals(Find(query), document);
        if (cached)
        {
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options);
        if (!cached && query is not null && result.Executed && result.Document is { } validated)
        {
            _documents.Set(query, validated, new MemoryCacheEntryOptions { Size = query.Length });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
