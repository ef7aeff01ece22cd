using System.Threading.Channels;

namespace Algoritma.Platform.Persistence.Changes;

/// <summary>
/// A subscription field's source stream: the tenant's changes, each read again by <c>read</c> (under the subscriber's
/// own authorization; null: nothing this subscriber may see) and the result emitted, one change after another.
/// Changes are buffered from the moment the stream is opened, so none is missed before graphql-dotnet subscribes.
/// </summary>
public sealed class ChangeStream<T> : IObservable<T>, IDisposable
    where T : class
{
    private readonly Channel<StreamChange> _changes = Channel.CreateBounded<StreamChange>(
        new BoundedChannelOptions(1_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    private readonly Func<StreamChange, CancellationToken, Task<T?>> _read;
    private readonly CancellationTokenSource _stopped = new();
    private IDisposable? _feedSubscription;
    private int _subscribed;

    private ChangeStream(Func<StreamChange, CancellationToken, Task<T?>> read) => _read = read;

    /// <summary>Opens the stream for the changes of <paramref name="tenant"/> that <paramref name="relevant"/> lets through.</summary>
    public static async Task<IObservable<T>> OpenAsync(ChangeFeed feed, string tenant, Func<StreamChange, bool> relevant,
        Func<StreamChange, CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
    {
        var stream = new ChangeStream<T>(read);
        stream._feedSubscription = await feed.SubscribeAsync(tenant, change =>
        {
            if (relevant(change))
            {
                stream._changes.Writer.TryWrite(change);
            }
        }, cancellationToken);
        return stream;
    }

    /// <summary>One subscriber, as graphql-dotnet subscribes once; the pump runs in the subscriber's execution context (its tenant).</summary>
    public IDisposable Subscribe(IObserver<T> observer)
    {
        if (Interlocked.Exchange(ref _subscribed, 1) == 1)
        {
            throw new InvalidOperationException("A change stream has one subscriber.");
        }

        _ = Task.Run(() => PumpAsync(observer));
        return this;
    }

    private async Task PumpAsync(IObserver<T> observer)
    {
        try
        {
            await foreach (var change in _changes.Reader.ReadAllAsync(_stopped.Token))
            {
                if (await _read(change, _stopped.Token) is { } item)
                {
                    observer.OnNext(item);
                }
            }
        }
        catch (OperationCanceledException) when (_stopped.IsCancellationRequested)
        {
            // unsubscribed
        }
        catch (Exception exception)
        {
            observer.OnError(exception);
        }
    }

    public void Dispose()
    {
        _feedSubscription?.Dispose();
        _changes.Writer.TryComplete();
        _stopped.Cancel();
    }
}
