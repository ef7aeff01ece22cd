using Algoritma.GraphQL.Server.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>Chooses the response media type from the Accept header, as GraphQL over HTTP describes.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>A missing Accept header, or one that only allows <c>*/*</c>, answers application/json.</summary>
    public static string Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (candidate.Quality == 0)
            {
                continue;
            }

            if (candidate.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (candidate.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || candidate.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || candidate.MatchesAllTypes)
            {
                return Json;
            }
        }

        throw new RequestRefusedException(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
            $"None of the accepted media types is served; ask for {GraphQLResponseJson} or {Json}.");
    }

    public static string ContentTypeHeader(string mediaType) => new MediaTypeHeaderValue(mediaType) { Charset = "utf-8" }.ToString();
}
