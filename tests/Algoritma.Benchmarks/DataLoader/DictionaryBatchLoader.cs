using Algoritma.GraphQL.Server.DataLoader;

namespace Algoritma.Benchmarks.DataLoader;

/// <summary>A loader whose fetch is a dictionary look-up that completes at once: what is left is the batching itself.</summary>
public sealed class DictionaryBatchLoader(IReadOnlyDictionary<string, string> source) : BatchLoader<string, string>
{
    public int Fetches { get; private set; }

    protected override Task<IReadOnlyDictionary<string, string>> FetchAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Fetches++;
        var found = new Dictionary<string, string>(keys.Count);
        foreach (var key in keys)
        {
            if (source.TryGetValue(key, out var value))
            {
                found[key] = value;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(found);
    }
}
