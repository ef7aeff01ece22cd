using System.Security.Cryptography;
using System.Text;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>
/// HTTP caching of GET answers: a strong <c>ETag</c> (the SHA-256 of the media type and the body) on every one, 304 when
/// <c>If-None-Match</c> names it, and <c>Cache-Control: public, max-age</c> only for a successful anonymous query;
/// anything sent with credentials, and any error, is <c>private, no-store</c>.
/// </summary>
internal static class GetResponseCaching
{
    private const string NoStore = "no-store";
    private const string PrivateNoStore = "private, no-store";

    public static void MarkUncacheable(HttpResponse response) => response.Headers.CacheControl = NoStore;

    public static async Task WriteAsync(HttpResponse response, byte[] body, ExecutionResult result, GraphQLServerOptions options)
    {
        var etag = new EntityTagHeaderValue(ETagOf(response.ContentType, body));
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        response.Headers.CacheControl = IsPublic(response, result) ? $"public, max-age={options.PublicMaxAge}" : PrivateNoStore;
        response.Headers.Append(HeaderNames.Vary, string.Join(", ", ["Authorization", "Accept", .. options.VaryHeaders]));
        if (response.StatusCode == StatusCodes.Status200OK && Matches(response.HttpContext.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentType = null;
            return;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, response.HttpContext.RequestAborted);
    }

    private static bool IsPublic(HttpResponse response, ExecutionResult result) =>
        response.StatusCode == StatusCodes.Status200OK && result.Errors is null or { Count: 0 } && IsAnonymous(response.HttpContext);

    private static bool IsAnonymous(HttpContext context) =>
        !context.Request.Headers.ContainsKey(HeaderNames.Authorization) && context.User.Identity?.IsAuthenticated != true;

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(candidate => candidate.Compare(etag, useStrongComparison: false) || candidate.Equals(EntityTagHeaderValue.Any));

    private static string ETagOf(string? contentType, byte[] body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(contentType ?? ""));
        hash.AppendData(body);
        return $"\"{Convert.ToBase64String(hash.GetHashAndReset()).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
    }
}
