using System.Text.Json;

namespace Algoritma.GraphQL.Server.Transport.WebSockets;

/// <summary>One message from the client, checked for the shape graphql-transport-ws gives its type.</summary>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    public const string ConnectionInit = "connection_init";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Complete = "complete";

    /// <summary>The message, or null when it is not one the protocol defines (the socket is closed with 4400).</summary>
    public static ClientMessage? Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            var message = new ClientMessage(type.GetString()!, id, payload);
            return message.IsWellFormed() ? message : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private bool IsWellFormed() => Type switch
    {
        ConnectionInit or Ping or Pong => Payload is null || Payload.Value.ValueKind == JsonValueKind.Object,
        Subscribe => Id is { Length: > 0 } && Payload?.ValueKind == JsonValueKind.Object,
        Complete => Id is { Length: > 0 },
        _ => false,
    };

    /// <summary>The payload's <c>authorization</c> (or <c>Authorization</c>) string, if any.</summary>
    public string? Authorization()
    {
        if (Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
