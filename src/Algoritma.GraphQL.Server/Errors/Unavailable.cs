using System.Globalization;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Errors;

/// <summary>
/// A failure the host's <see cref="GraphQLServerOptions.IsUnavailable"/> rule calls a brief lack of capacity: the answer
/// is <c>UNAVAILABLE</c>, 503 and <c>Retry-After</c>, so a client retries instead of reporting a defect.
/// </summary>
public static class Unavailable
{
    public const string Message = "The service is briefly unavailable. Retry after the number of seconds in Retry-After.";

    public static bool Matches(GraphQLServerOptions? options, Exception exception) =>
        options?.IsUnavailable is { } rule && ExceptionChain.Of(exception).Any(rule);

    public static ExecutionError Error() => new CodedError(ErrorCodes.Unavailable, Message);

    /// <summary>The <c>Retry-After</c> of an answer whose status (503) its writer sets.</summary>
    public static void AddRetryAfter(HttpResponse response, GraphQLServerOptions options) =>
        response.Headers.RetryAfter = options.UnavailableRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
}
