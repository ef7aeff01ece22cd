using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;

namespace Algoritma.GraphQL.Server.Transport.WebSockets;

/// <summary>The server's messages of graphql-transport-ws, as UTF-8 JSON text.</summary>
internal sealed class ServerMessages(IGraphQLTextSerializer serializer)
{
    public static readonly byte[] ConnectionAck = Encoding.UTF8.GetBytes("""{"type":"connection_ack"}""");
    public static readonly byte[] Pong = Encoding.UTF8.GetBytes("""{"type":"pong"}""");

    public byte[] Next(string id, ExecutionResult result) =>
        Encoding.UTF8.GetBytes($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"next","payload":{{serializer.Serialize(result)}}}""");

    /// <summary>An operation's errors before execution (parse, validation, refusal): the payload is the list of errors.</summary>
    public byte[] Error(string id, IEnumerable<ExecutionError> errors)
    {
        var list = new ExecutionErrors();
        foreach (var error in errors)
        {
            list.Add(error);
        }

        var result = new ExecutionResult { Executed = false, Errors = list };
        var payload = JsonNode.Parse(serializer.Serialize(result))?["errors"]?.ToJsonString() ?? "[]";
        return Encoding.UTF8.GetBytes($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"error","payload":{{payload}}}""");
    }

    public static byte[] Complete(string id) =>
        Encoding.UTF8.GetBytes($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"complete"}""");
}
