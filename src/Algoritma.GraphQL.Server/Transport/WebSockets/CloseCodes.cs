using System.Net.WebSockets;

namespace Algoritma.GraphQL.Server.Transport.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol, and the standard one for an oversized message.</summary>
internal static class CloseCodes
{
    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;
    public const WebSocketCloseStatus ConnectionInitTimeout = (WebSocketCloseStatus)4408;
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;
    public const WebSocketCloseStatus TooManyInitRequests = (WebSocketCloseStatus)4429;
    public const WebSocketCloseStatus MessageTooBig = WebSocketCloseStatus.MessageTooBig;
}
