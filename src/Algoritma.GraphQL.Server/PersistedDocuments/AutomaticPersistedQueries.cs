using Microsoft.Extensions.Caching.Memory;

namespace Algoritma.GraphQL.Server.PersistedDocuments;

/// <summary>
/// Documents registered by automatic persisted queries (a client sent the text with its hash once), by hash. Bounded by
/// total text length; the least recently used leave first, and a client whose hash is gone simply sends the text again.
/// </summary>
internal sealed class AutomaticPersistedQueries(GraphQLServerOptions options) : IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = options.PersistedQueryCacheBytes });

    public string? Find(string hash) => _documents.TryGetValue(hash, out string? text) ? text : null;

    public void Register(string hash, string text) =>
        _documents.Set(hash, text, new MemoryCacheEntryOptions { Size = Math.Max(1, text.Length) });

    public void Dispose() => _documents.Dispose();
}
