using GraphQL.DataLoader;

namespace Algoritma.GraphQL.Server.DataLoader;

/// <summary>
/// Collects the keys a level of the query asks for and fetches them in one call once the executer asks
/// for the first result (graphql-dotnet defers every <see cref="IDataLoaderResult"/> until its level is
/// queued). Register one per request (scoped).
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _pending = [];
    private Task? _fetching;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Result(this, key);
    }

    /// <summary>A value the request already has (fetched with its parent), so a later <see cref="Load"/> needs no query.</summary>
    public void Prime(TKey key, TValue value)
    {
        _loaded[key] = value;
        _pending.Remove(key);
    }

    /// <summary>The values for <paramref name="keys"/>; a key without a value is simply left out.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (!_loaded.ContainsKey(key) && (_pending.Count > 0 || _fetching is not null))
        {
            _fetching ??= FetchPendingAsync(cancellationToken);
            var fetching = _fetching;
            await fetching;
            if (ReferenceEquals(_fetching, fetching))
            {
                _fetching = null;
            }
        }

        return _loaded.TryGetValue(key, out var value) ? value : default;
    }

    private async Task FetchPendingAsync(CancellationToken cancellationToken)
    {
        var keys = _pending.ToList();
        _pending.Clear();
        var values = await FetchAsync(keys, cancellationToken);
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value))
            {
                _loaded[key] = value;
            }
            else
            {
                _loaded[key] = default!;
            }
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
