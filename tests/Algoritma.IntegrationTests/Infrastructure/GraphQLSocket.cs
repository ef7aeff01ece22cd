using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Algoritma.IntegrationTests.Infrastructure;

/// <summary>A graphql-transport-ws client on the test server's in-memory WebSocket.</summary>
public sealed class GraphQLSocket(WebSocket socket) : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public WebSocket Socket => socket;

    public static async Task<GraphQLSocket> ConnectAsync<TEntry>(WebApplicationFactory<TEntry> host, string path, string? subprotocol = "graphql-transport-ws")
        where TEntry : class
    {
        host.CreateClient().Dispose(); // starts the server
        var client = host.Server.CreateWebSocketClient();
        if (subprotocol is not null)
        {
            client.SubProtocols.Add(subprotocol);
        }

        return new GraphQLSocket(await client.ConnectAsync(new Uri(host.Server.BaseAddress, path), CancellationToken.None));
    }

    /// <summary>connection_init (with the token, if any) and its connection_ack.</summary>
    public static async Task<GraphQLSocket> OpenAsync<TEntry>(WebApplicationFactory<TEntry> host, string path, string? token = null)
        where TEntry : class
    {
        var socket = await ConnectAsync(host, path);
        await socket.SendAsync(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { authorization = "Bearer " + token } });
        var ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        return socket;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message, or null once the server closed the socket.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? Patience);
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer.AsMemory(length), cancel.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += received.Count;
            if (received.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
            }
        }
    }

    /// <summary>The next message of <paramref name="type"/> for <paramref name="id"/>, skipping others; null on close.</summary>
    public async Task<JsonElement?> ReceiveAsync(string id, string type, TimeSpan? timeout = null)
    {
        while (await ReceiveAsync(timeout) is { } message)
        {
            if (message.TryGetProperty("id", out var messageId) && messageId.GetString() == id && message.GetProperty("type").GetString() == type)
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>The close code the server ends with (messages before it are skipped).</summary>
    public async Task<int?> ClosedWithAsync(TimeSpan? timeout = null)
    {
        while (await ReceiveAsync(timeout) is not null)
        {
        }

        return (int?)socket.CloseStatus;
    }

    public ValueTask DisposeAsync()
    {
        socket.Abort();
        socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
