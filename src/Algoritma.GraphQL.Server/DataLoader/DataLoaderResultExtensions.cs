using GraphQL.DataLoader;

namespace Algoritma.GraphQL.Server.DataLoader;

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a deferred result without forcing it early, e.g. to page a loaded list.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> transform) =>
        new Transformed<T, TResult>(result, transform);

    private sealed class Transformed<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> transform) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            transform(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
