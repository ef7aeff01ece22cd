using System.Net.Http.Headers;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Algoritma.Platform.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter in front of the two endpoints that check secrets: the sign-in form and the token
/// endpoint. Each request is charged to its IP address and to the account or client it names (read from the form,
/// which is read first). It runs before authentication, since OpenIddict checks a client's secret there.
/// </summary>
internal static class CredentialEndpointLimits
{
    public const string SignInPath = "/account/login";
    public const string TokenPath = "/connect/token";

    public static IServiceCollection AddCredentialEndpointLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(ByIp(limits.Value), ByAccountOrClient(limits.Value));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) => RateLimitedResponse.WriteAsync(rejected.HttpContext, rejected.Lease);
        });
        return services;
    }

    public static IApplicationBuilder UseCredentialEndpointLimits(this IApplicationBuilder app) =>
        app.UseWhen(IsCredentialPost, limited => limited.Use(ReadFormAsync).UseRateLimiter());

    private static bool IsCredentialPost(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method)
        && (http.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase) || http.Request.Path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase));

    private static bool IsSignIn(HttpContext http) => http.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The form is buffered once here; the limiter's partitions and the endpoint read it from memory.</summary>
    private static async Task ReadFormAsync(HttpContext http, RequestDelegate next)
    {
        if (http.Request.HasFormContentType)
        {
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException)
            {
                // a malformed form names no account; the endpoint answers it
            }
        }

        await next(http);
    }

    private static PartitionedRateLimiter<HttpContext> ByIp(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignIn(http)
            ? Partition("sign-in-ip", ClientAddress.Of(http), limits, limits.SignInPerIp)
            : Partition("token-ip", ClientAddress.Of(http), limits, limits.TokenPerIp));

    private static PartitionedRateLimiter<HttpContext> ByAccountOrClient(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var form = FormOf(http);
            if (IsSignIn(http))
            {
                var account = form?["username"].ToString().Trim().ToLowerInvariant();
                return string.IsNullOrEmpty(account) ? NoLimit : Partition("sign-in-account", account, limits, limits.SignInPerAccount);
            }

            var named = TokenRequestNames(http, form);
            return named is null ? NoLimit : Partition("token-client", named, limits, limits.TokenPerClient);
        });

    /// <summary>
    /// The client whose secret a token request presents (in the form or as HTTP Basic credentials), or the user a
    /// password grant names; null for a public client's code or refresh token, which the IP limit covers.
    /// </summary>
    private static string? TokenRequestNames(HttpContext http, IFormCollection? form)
    {
        if (form?["grant_type"].ToString() == "password" && form["username"].ToString() is { Length: > 0 } user)
        {
            return "user:" + user.Trim().ToLowerInvariant();
        }

        if (BasicClientId(http.Request) is { } basicClient)
        {
            return "client:" + basicClient;
        }

        var clientId = form?["client_id"].ToString();
        var authenticates = form?["client_secret"].Count > 0 || form?["grant_type"].ToString() == "client_credentials";
        return authenticates && !string.IsNullOrEmpty(clientId) ? "client:" + clientId : null;
    }

    private static string? BasicClientId(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        var buffer = new byte[header.Parameter.Length];
        if (!Convert.TryFromBase64String(header.Parameter, buffer, out var length))
        {
            return null;
        }

        var credentials = Encoding.UTF8.GetString(buffer, 0, length);
        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? Uri.UnescapeDataString(credentials[..colon]) : null;
    }

    private static IFormCollection? FormOf(HttpContext http) =>
        http.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form;

    private static readonly RateLimitPartition<string> NoLimit = RateLimitPartition.GetNoLimiter(string.Empty);

    private static RateLimitPartition<string> Partition(string rule, string key, RateLimitOptions limits, RateLimitRule limit) =>
        RateLimitPartition.GetFixedWindowLimiter($"{rule}:{key}",
            _ => RateLimitPartitions.FixedWindowOptions(limits.Permits(limit), limit.Window));
}
