using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Algoritma.IntegrationTests.Infrastructure;

/// <summary>A thin GraphQL-over-HTTP client for tests: every answer keeps its status, headers and JSON.</summary>
public sealed class GraphQLClient(HttpClient http, string path)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public HttpClient Http => http;

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = GraphQLResponseJson) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { query, variables }),
        }, accept);

    public Task<GraphQLResponse> PostRawAsync(string body, string contentType = "application/json", string accept = GraphQLResponseJson) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
        }, accept);

    public Task<GraphQLResponse> GetAsync(string query, string accept = GraphQLResponseJson) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{path}?query={Uri.EscapeDataString(query)}"), accept);

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string accept = GraphQLResponseJson)
    {
        request.Headers.Accept.ParseAdd(accept);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null,
            JsonDocument.Parse(text).RootElement.Clone())
        {
            Headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
        };
    }
}

public static class PayloadErrors
{
    /// <summary>The codes of a mutation payload's <c>errors</c> (user errors, not GraphQL errors), in order.</summary>
    public static string[] ErrorCodes(this JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
}

public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string? Allow, JsonElement Body)
{
    /// <summary>The response's headers and its content's, each one's values joined by ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? TraceId =>
        Errors.Count > 0 && Errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("traceId", out var id) ? id.GetString() : null;

    public bool HasData => Body.TryGetProperty("data", out _);

    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public string? FirstErrorCode =>
        Errors.Count > 0 && Errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public override string ToString() => $"{(int)Status} {Body}";
}
