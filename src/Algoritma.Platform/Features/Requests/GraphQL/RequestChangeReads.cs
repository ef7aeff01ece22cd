using System.Collections.Concurrent;
using Algoritma.Platform.Persistence.Changes;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary>
/// One read of a changed request per process and change, shared by that tenant's subscribers: each then applies its
/// own authorization to it (scope, owner, public stream). With 1,000 subscribers a change was 1,000 reads of the same
/// row. The read runs in the tenant's session; a version read is kept for a few seconds, for the subscribers still
/// working through their queue.
/// </summary>
public sealed class RequestChangeReads(ISessionFactory sessions)
{
    private static readonly TimeSpan Kept = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<StreamChange, Lazy<Task<ServiceRequestView?>>> _reads = new();

    /// <summary>The request as of <paramref name="change"/> or later, read in the tenant in scope (the change's).</summary>
    public Task<ServiceRequestView?> ReadAsync(StreamChange change)
    {
        var read = _reads.GetOrAdd(change, key => new Lazy<Task<ServiceRequestView?>>(() => LoadAndForgetLaterAsync(key)));
        return read.Value;
    }

    /// <summary>The changed request (one read per change, shared), if <paramref name="visible"/> to this subscriber; else null.</summary>
    public async Task<object?> ReadIfAsync(StreamChange change, Func<ServiceRequestView, bool> visible) =>
        await ReadAsync(change) is { } view && visible(view) ? view : null;

    private async Task<ServiceRequestView?> LoadAndForgetLaterAsync(StreamChange change)
    {
        try
        {
            await using var session = sessions.QuerySession();
            return await session.LoadAsync<ServiceRequestView>(change.StreamId, CancellationToken.None);
        }
        finally
        {
            _ = Task.Delay(Kept).ContinueWith(_ => _reads.TryRemove(change, out Lazy<Task<ServiceRequestView?>>? _), TaskScheduler.Default);
        }
    }
}
