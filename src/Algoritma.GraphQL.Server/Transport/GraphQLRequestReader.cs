using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Algoritma.GraphQL.Server.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>Reads the GraphQL parameters from a GET query string or a POST body, refusing malformed ones.</summary>
internal sealed class GraphQLRequestReader(IGraphQLSerializer serializer, GraphQLServerOptions options)
{
    private const string GraphQLMediaType = "application/graphql";

    public async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        return HttpMethods.IsGet(request.Method)
            ? ReadQueryString(request)
            : await ReadBodyAsync(request, cancellationToken);
    }

    private GraphQLHttpRequest ReadQueryString(HttpRequest request)
    {
        if (request.QueryString.Value?.Length > options.MaxRequestBytes)
        {
            throw TooLarge();
        }

        // a missing query is refused once persisted documents had their say (PersistedDocumentResolver)
        var operationName = request.Query["operationName"].ToString();
        return new GraphQLHttpRequest(
            NullIfEmpty(request.Query["query"].ToString()),
            NullIfEmpty(operationName),
            ParseMapParameter("variables", request.Query["variables"].ToString()),
            ParseMapParameter("extensions", request.Query["extensions"].ToString()),
            NullIfEmpty(request.Query["documentId"].ToString()));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private Inputs? ParseMapParameter(string name, string json)
    {
        if (json.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(name, document.RootElement);
        }
        catch (JsonException)
        {
            throw BadRequest($"The '{name}' parameter is not valid JSON.");
        }
        catch (InvalidOperationException)
        {
            throw UnpairedSurrogate($"The '{name}' parameter");
        }
    }

    private async Task<GraphQLHttpRequest> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = ContentMediaType(request);
        var body = await ReadLimitedBodyAsync(request, cancellationToken);
        if (body.Length == 0)
        {
            throw BadRequest("The request body is empty.");
        }

        if (!Utf8.IsValid(body))
        {
            throw BadRequest("The request body is not valid UTF-8.");
        }

        if (mediaType == GraphQLMediaType)
        {
            return new GraphQLHttpRequest(Encoding.UTF8.GetString(body), null, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return ReadJsonBody(document.RootElement);
        }
        catch (JsonException)
        {
            throw BadRequest("The request body is not valid JSON.");
        }
        catch (InvalidOperationException)
        {
            // a JSON escape of half a surrogate pair (\ud800) is valid JSON but no text: reading it as a string throws
            throw UnpairedSurrogate("The request body");
        }
    }

    private static string ContentMediaType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            throw Unsupported("A POST request needs a Content-Type of application/json or application/graphql.");
        }

        var charset = contentType.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw Unsupported($"Charset '{charset}' is not supported; send utf-8.");
        }

        var mediaType = contentType.MediaType.Value?.ToLowerInvariant();
        return mediaType is ResponseMediaType.Json or GraphQLMediaType
            ? mediaType
            : throw Unsupported($"Content-Type '{mediaType}' is not supported; send application/json.");
    }

    /// <summary>
    /// The whole body, read from the request's pipe: the one array allocated is the body's own size (a copying buffer
    /// and a growing stream were 19 KB of allocations for a 600-byte mutation).
    /// </summary>
    private async Task<byte[]> ReadLimitedBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxRequestBytes)
        {
            throw TooLarge();
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var body = result.Buffer;
            if (body.Length > options.MaxRequestBytes)
            {
                reader.AdvanceTo(body.End);
                throw TooLarge();
            }

            if (result.IsCompleted)
            {
                var bytes = body.ToArray();
                reader.AdvanceTo(body.End);
                return bytes;
            }

            reader.AdvanceTo(body.Start, body.End);
        }
    }

    /// <summary>A request's parameters from a JSON object (a POST body, a WebSocket subscribe payload).</summary>
    internal GraphQLHttpRequest ReadJsonBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("The request body must be a JSON object.");
        }

        return new GraphQLHttpRequest(
            ReadOptionalString(body, "query"),
            ReadOptionalString(body, "operationName"),
            body.TryGetProperty("variables", out var variables) ? ReadMap("variables", variables) : null,
            body.TryGetProperty("extensions", out var extensions) ? ReadMap("extensions", extensions) : null,
            ReadOptionalString(body, "documentId"));
    }

    private static string? ReadOptionalString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw BadRequest($"The '{name}' parameter must be a string or null.");
    }

    private Inputs? ReadMap(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
        _ => throw BadRequest($"The '{name}' parameter must be an object or null."),
    };

    private RequestRefusedException TooLarge() => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
        $"The request is larger than {options.MaxRequestBytes} bytes.");

    private static RequestRefusedException UnpairedSurrogate(string where) =>
        BadRequest($"{where} has a string with an unpaired UTF-16 surrogate (a \\uD800-\\uDFFF escape without its pair).");

    private static RequestRefusedException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static RequestRefusedException Unsupported(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, message);
}
