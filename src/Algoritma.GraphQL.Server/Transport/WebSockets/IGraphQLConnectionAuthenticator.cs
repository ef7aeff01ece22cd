using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Transport.WebSockets;

/// <summary>What a socket's <c>connection_init</c> gave: its user until <see cref="Expires"/>, or a refusal (closed with 4403).</summary>
public sealed record ConnectionAuthentication(ClaimsPrincipal? User, DateTimeOffset? Expires, string? Refusal)
{
    public static ConnectionAuthentication Refused(string reason) => new(null, null, reason);
}

/// <summary>
/// Authenticates a socket by the <c>authorization</c> value of its <c>connection_init</c> payload (a browser cannot set
/// headers on a WebSocket), with the scheme the host's HTTP requests use. Without that value the upgrade request's own
/// user (anonymous, or its Authorization header's) is the socket's.
/// </summary>
public interface IGraphQLConnectionAuthenticator
{
    ValueTask<ConnectionAuthentication> AuthenticateAsync(HttpContext upgrade, string? authorization, CancellationToken cancellationToken);

    /// <summary>Whether the socket's user still holds (checked before each event is sent; false closes the socket with 4403).</summary>
    ValueTask<bool> StillAcceptsAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => ValueTask.FromResult(true);
}

/// <summary>The host registered no authenticator: the upgrade request's user, and no credentials in the payload.</summary>
internal sealed class UpgradeRequestAuthenticator : IGraphQLConnectionAuthenticator
{
    public ValueTask<ConnectionAuthentication> AuthenticateAsync(HttpContext upgrade, string? authorization, CancellationToken cancellationToken) =>
        ValueTask.FromResult(authorization is null
            ? new ConnectionAuthentication(upgrade.User, null, null)
            : ConnectionAuthentication.Refused("This server accepts no credentials in connection_init."));
}
