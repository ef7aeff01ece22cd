using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;
using OpenIddict.Abstractions;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// The principals OpenIddict's validation gave for bearer access tokens, by the header that carried the token, until
/// the token expires. A front end sends the same token with every request, and validating it again (signature, then
/// about thirty handlers) was a tenth of a request's CPU. Access tokens are self-contained JWTs checked without a
/// database lookup, so remembering the outcome changes what is accepted only for a signing key withdrawn within the
/// last <see cref="Lifetime"/>. Refusals are not remembered: an unknown or altered token always goes through the whole
/// validation. A remembered principal is still checked against <see cref="TokenRevocations"/> on every request.
/// </summary>
public sealed class AuthenticatedTokens(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const int MaxTokens = 20_000;
    private const string BearerPrefix = "Bearer ";

    private readonly MemoryCache _principals = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    /// <summary>
    /// The request's single <c>Authorization</c> header when it carries a bearer token, as sent: the key the principal
    /// is kept under. Cutting the token out of it would copy a 1–2 KB string on every request.
    /// </summary>
    public static string? BearerCredentials(HttpRequest request) =>
        request.Headers[HeaderNames.Authorization] is [{ } header] && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? header
            : null;

    /// <summary>Whether any <c>Authorization</c> header of the request carries a bearer token, usable or not.</summary>
    public static bool PresentsBearer(HttpRequest request)
    {
        foreach (var header in request.Headers[HeaderNames.Authorization])
        {
            if (header?.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A copy of the principal <paramref name="credentials"/> gave, while the token is unexpired.</summary>
    public ClaimsPrincipal? Restore(string credentials) =>
        _principals.TryGetValue(credentials, out Entry? entry) && clock.GetUtcNow() < entry!.Expires ? entry.Principal.Clone() : null;

    /// <summary>Remembers what validation gave for <paramref name="credentials"/>; a principal without an expiry is not kept.</summary>
    public void Remember(string credentials, ClaimsPrincipal principal)
    {
        if (principal.GetExpirationDate() is not { } expires)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var keptUntil = expires < now + Lifetime ? expires : now + Lifetime;
        if (keptUntil > now)
        {
            _principals.Set(credentials, new Entry(principal.Clone(), keptUntil),
                new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = keptUntil - now });
        }
    }

    public void Dispose() => _principals.Dispose();

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset Expires);
}
