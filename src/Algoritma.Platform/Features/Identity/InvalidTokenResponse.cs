using Algoritma.GraphQL.Server.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Algoritma.Platform.Features.Identity;

/// <summary>
/// The answer to a bearer token that cannot be used (malformed, altered, expired, revoked, or its user disabled):
/// 401 with the RFC 6750 challenge <c>Bearer error="invalid_token"</c> and a GraphQL-shaped body with the code
/// <c>UNAUTHENTICATED</c>, so a client knows to refresh or sign in again rather than being served anonymously.
/// The reason is not told: it is in the server's log only to the extent OpenIddict logs it.
/// </summary>
public static class InvalidTokenResponse
{
    public const string Message = "The access token is invalid, expired or revoked; sign in again or refresh it.";

    public const string Challenge = "Bearer error=\"invalid_token\", error_description=\"The access token is invalid, expired or revoked.\"";

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.Headers[HeaderNames.WWWAuthenticate] = Challenge;
        context.Response.Headers.CacheControl = "no-store";
        return GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, Message);
    }
}
