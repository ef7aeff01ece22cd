using BenchmarkDotNet.Attributes;
using GraphQL.DataLoader;

namespace Algoritma.Benchmarks.DataLoader;

/// <summary>
/// <c>BatchLoader</c>'s own cost for N keys: every resolver of a level calls <c>Load</c>, then the executer awaits the
/// results and the first await fetches all pending keys at once. One-by-one is what a resolver without a loader
/// does (a fetch per key). No database: the fetch is a dictionary look-up.
/// </summary>
[MemoryDiagnoser]
public class BatchLoaderBenchmarks
{
    private Dictionary<string, string> _source = null!;
    private string[] _keys = null!;

    [Params(10, 100, 1000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _keys = [.. Enumerable.Range(1, Keys).Select(i => $"64.72.{i / 100 + 1:00}.{1000 + i % 100}")];
        _source = _keys.ToDictionary(key => key, key => $"unit {key}");
    }

    [Benchmark]
    public async Task<int> Batched()
    {
        var loader = new DictionaryBatchLoader(_source);
        var results = new IDataLoaderResult<string?>[_keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            results[i] = loader.Load(_keys[i]);
        }

        var found = 0;
        foreach (var result in results)
        {
            found += await result.GetResultAsync() is null ? 0 : 1;
        }

        return found + loader.Fetches;
    }

    [Benchmark]
    public async Task<int> OneByOne()
    {
        var loader = new DictionaryBatchLoader(_source);
        var found = 0;
        foreach (var key in _keys)
        {
            found += await loader.Load(key).GetResultAsync() is null ? 0 : 1;
        }

        return found + loader.Fetches;
    }
}
