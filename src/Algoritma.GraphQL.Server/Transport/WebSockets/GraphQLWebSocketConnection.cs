using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.PersistedDocuments;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Algoritma.GraphQL.Server.Transport.WebSockets;

/// <summary>
/// One socket speaking graphql-transport-ws: <c>connection_init</c> within the timeout and once, then operations by
/// id. Every operation is screened and validated exactly as an HTTP request is, and runs in a service scope of its own
/// (each event of a subscription in another, <c>ScopedSubscriptionExecutionStrategy</c>).
/// </summary>
internal sealed class GraphQLWebSocketConnection<TSchema>(
    WebSocket socket,
    HttpContext upgrade,
    GraphQLWebSocketServices<TSchema> services)
    where TSchema : ISchema
{
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closed = CancellationTokenSource.CreateLinkedTokenSource(upgrade.RequestAborted);
    private int _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal _user = new(new ClaimsIdentity());

    public async Task RunAsync()
    {
        _ = CloseUnlessInitialisedAsync();
        try
        {
            while (!_closed.IsCancellationRequested && await ReceiveAsync() is { } frame)
            {
                if (ClientMessage.Parse(frame) is not { } message)
                {
                    await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
                    break;
                }

                await HandleAsync(message);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // the peer went away or the socket was closed: nothing is left to answer
        }
        finally
        {
            await _closed.CancelAsync();
        }
    }

    private async Task HandleAsync(ClientMessage message)
    {
        switch (message.Type)
        {
            case ClientMessage.ConnectionInit:
                await InitialiseAsync(message);
                break;
            case ClientMessage.Ping:
                await SendAsync(ServerMessages.Pong);
                break;
            case ClientMessage.Subscribe:
                await SubscribeAsync(message.Id!, message.Payload!.Value);
                break;
            case ClientMessage.Complete:
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    await operation.CancelAsync();
                }

                break;
        }
    }

    private async Task InitialiseAsync(ClientMessage message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitRequests, "Too many initialisation requests");
            return;
        }

        var authentication = await services.Authenticator.AuthenticateAsync(upgrade, message.Authorization(), _closed.Token);
        if (authentication.User is null)
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden: " + authentication.Refusal);
            return;
        }

        _user = authentication.User;
        _acknowledged = true;
        await SendAsync(ServerMessages.ConnectionAck);
        if (authentication.Expires is { } expires)
        {
            _ = CloseWhenExpiredAsync(expires);
        }
    }

    private async Task SubscribeAsync(string id, JsonElement payload)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (_operations.ContainsKey(id))
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {Truncated(id)} already exists");
            return;
        }

        if (_operations.Count >= services.Options.MaxOperationsPerConnection)
        {
            await SendAsync(services.Messages.Error(id, [new CodedError(ErrorCodes.RateLimited,
                $"This connection has {services.Options.MaxOperationsPerConnection} operations open, the most it may; complete one first.")]));
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = services.Reader.ReadJsonBody(payload);
        }
        catch (RequestRefusedException refused)
        {
            await SendAsync(services.Messages.Error(id, [new CodedError(refused.Code, refused.Message)]));
            return;
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException)
        {
            await SendAsync(services.Messages.Error(id, [new CodedError(ErrorCodes.BadRequest, "The subscribe payload has a value that is not valid text.")]));
            return;
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        _operations[id] = operation;
        _ = RunOperationAsync(id, request, operation);
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource operation)
    {
        try
        {
            await using var scope = services.ScopeFactory.CreateAsyncScope();
            var result = await ExecuteAsync(request, scope.ServiceProvider, operation.Token);
            if (result.Streams is { Count: > 0 } streams)
            {
                await StreamAsync(id, streams.Values.First(), operation.Token);
            }
            else if (!result.Executed)
            {
                await SendAsync(services.Messages.Error(id, (IEnumerable<ExecutionError>?)result.Errors ?? []));
                return;
            }
            else
            {
                await SendAsync(services.Messages.Next(id, result));
            }

            if (!operation.IsCancellationRequested)
            {
                await SendAsync(ServerMessages.Complete(id));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // completed by the client, or the socket closed
        }
        catch (Exception exception)
        {
            services.Logger.LogError(exception, "GraphQL WebSocket operation failed");
            await SendAsync(services.Messages.Error(id, [new CodedError(ErrorCodes.Internal, "The operation failed.")]));
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation));
            operation.Dispose();
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest sent, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var http = OperationContext(requestServices);
        ResolvedRequest resolved;
        try
        {
            // documentId, persisted-query hashes and a trusted-documents-only policy hold here as over HTTP
            resolved = await services.Documents.ResolveAsync(http, sent);
        }
        catch (RequestRefusedException refused)
        {
            return NotExecuted(new CodedError(refused.Code, refused.Message));
        }

        if (resolved.Request is not { } request)
        {
            return NotExecuted(resolved.Error!);
        }

        var screened = await services.Screening.ScreenAsync(request);
        if (screened is not { Document: { } document, Cost: { } cost, Error: null })
        {
            return NotExecuted(screened.Error!);
        }

        http.Features.Set(cost);
        var mutation = OperationSelection.IsMutation(document, request.OperationName);
        return await services.Executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = requestServices,
            User = _user,
            UserContext = new GraphQLUserContext(http),
            // a mutation, once started, runs to its end as over HTTP
            CancellationToken = mutation ? CancellationToken.None : cancellationToken,
        });
    }

    private static ExecutionResult NotExecuted(ExecutionError error) => new() { Executed = false, Errors = new ExecutionErrors { error } };

    /// <summary>
    /// The context an operation's validation rules see (rate limits key on its user and address): a copy of the upgrade
    /// request's, whose response has long been sent, with the socket's user.
    /// </summary>
    private DefaultHttpContext OperationContext(IServiceProvider requestServices)
    {
        var http = new DefaultHttpContext { RequestServices = requestServices, User = _user };
        http.Connection.RemoteIpAddress = upgrade.Connection.RemoteIpAddress;
        http.Request.Scheme = upgrade.Request.Scheme;
        http.Request.Host = upgrade.Request.Host;
        http.Request.PathBase = upgrade.Request.PathBase;
        http.Request.Path = upgrade.Request.Path;
        return http;
    }

    private async Task StreamAsync(string id, IObservable<ExecutionResult> stream, CancellationToken cancellationToken)
    {
        var results = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new ChannelObserver(results.Writer));
        await foreach (var result in results.Reader.ReadAllAsync(cancellationToken))
        {
            if (!await services.Authenticator.StillAcceptsAsync(_user, cancellationToken))
            {
                await CloseAsync(CloseCodes.Forbidden, "Forbidden: the access token was revoked");
                return;
            }

            await SendAsync(services.Messages.Next(id, result));
        }
    }

    private async Task<ReadOnlyMemory<byte>?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer.GetMemory(4096), _closed.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(received.Count);
            if (buffer.WrittenCount > services.ServerOptions.MaxRequestBytes)
            {
                await CloseAsync(CloseCodes.MessageTooBig, $"A message may have at most {services.ServerOptions.MaxRequestBytes} bytes");
                return null;
            }

            if (received.EndOfMessage)
            {
                return buffer.WrittenMemory;
            }
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(services.Options.ConnectionInitTimeout, _closed.Token);
            if (Volatile.Read(ref _initReceived) == 0)
            {
                await CloseAsync(CloseCodes.ConnectionInitTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
            // the socket closed first
        }
    }

    /// <summary>A socket lives no longer than the token it was opened with (a revoked one is caught at the next init).</summary>
    private async Task CloseWhenExpiredAsync(DateTimeOffset expires)
    {
        try
        {
            var left = expires - DateTimeOffset.UtcNow;
            await Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, _closed.Token);
            await CloseAsync(CloseCodes.Forbidden, "Forbidden: the access token expired");
        }
        catch (OperationCanceledException)
        {
            // the socket closed first
        }
    }

    private async Task SendAsync(byte[] message)
    {
        await _sending.WaitAsync(_closed.Token);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _closed.Token);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Sends the close frame and stops every operation; the peer's close frame ends the receive loop.</summary>
    private async Task CloseAsync(WebSocketCloseStatus code, string reason)
    {
        await _sending.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(code, Truncated(reason), CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // already gone
        }
        finally
        {
            _sending.Release();
        }

        foreach (var operation in _operations.Values)
        {
            await operation.CancelAsync();
        }
    }

    /// <summary>A close reason has at most 123 bytes; ids are the client's, so they are cut.</summary>
    private static string Truncated(string text)
    {
        const int MaxChars = 40;
        return Encoding.UTF8.GetByteCount(text) <= 123 ? text : text[..MaxChars];
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnCompleted() => writer.TryComplete();
    }
}

/// <summary>What every connection of one schema shares.</summary>
internal sealed record GraphQLWebSocketServices<TSchema>(
    IDocumentExecuter<TSchema> Executer,
    GraphQLRequestReader Reader,
    PersistedDocumentResolver Documents,
    RequestScreening Screening,
    ServerMessages Messages,
    IServiceScopeFactory ScopeFactory,
    IGraphQLConnectionAuthenticator Authenticator,
    GraphQLWebSocketOptions Options,
    GraphQLServerOptions ServerOptions,
    ILogger Logger)
    where TSchema : ISchema;
