using System.Collections.Concurrent;
using System.Security.Claims;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// What makes a well-signed, unexpired access token unacceptable: its user was disabled or had a security change
/// (roles, unit) since it was issued (the token's <see cref="SecurityStamps.Claim"/> no longer matches), or it or its
/// authorization was revoked. Kept in memory: a request costs dictionary lookups, and a database read only for a user
/// not seen for <see cref="UserStateLifetime"/>. <see cref="RevocationNotices"/> keeps every API process up to date.
/// </summary>
public sealed class TokenRevocations(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>How long a user's state is trusted without a notice: the bound on staleness should a notice be lost.</summary>
    public static readonly TimeSpan UserStateLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Longer than any access token lives: a revoked authorization is remembered that long.</summary>
    private static readonly TimeSpan AuthorizationMemory = TimeSpan.FromHours(1);

    private const int MaxUsers = 50_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _revokedTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revokedAuthorizations = new(StringComparer.Ordinal);
    private MemoryCache _users = NewUserCache();

    /// <summary>Counts user notices: a state read while one arrived may predate it and is not kept.</summary>
    private long _userNotices;

    /// <summary>Whether the validated <paramref name="principal"/> may still be used.</summary>
    public ValueTask<bool> AcceptsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (IsRevoked(_revokedTokens, principal.GetTokenId()) || IsRevoked(_revokedAuthorizations, principal.GetAuthorizationId()))
        {
            return ValueTask.FromResult(false);
        }

        var subject = principal.FindFirst(PlatformClaims.Subject)?.Value;
        if (!Guid.TryParse(subject, out var userId))
        {
            return ValueTask.FromResult(true); // a client's own token (client credentials): no user behind it
        }

        var stamp = principal.FindFirst(SecurityStamps.Claim)?.Value;
        if (stamp is null)
        {
            return ValueTask.FromResult(false);
        }

        return _users.TryGetValue(subject!, out UserState? state)
            ? ValueTask.FromResult(state!.Accepts(stamp))
            : AcceptsAfterReadingAsync(userId, principal.FindFirst(PlatformClaims.Tenant)?.Value, stamp, cancellationToken);
    }

    /// <summary>Applies a notice that <see cref="RevocationNotices"/> sent, from this process or another.</summary>
    public void Apply(string notice)
    {
        var now = clock.GetUtcNow();
        switch (notice.Split(':', 2))
        {
            case [RevocationNotices.User, var userId]:
                Interlocked.Increment(ref _userNotices);
                _users.Remove(userId);
                break;
            case [RevocationNotices.Token, var tokenId]:
                _revokedTokens[tokenId] = now + AuthorizationMemory;
                break;
            case [RevocationNotices.Authorization, var authorizationId]:
                _revokedAuthorizations[authorizationId] = now + AuthorizationMemory;
                break;
        }

        Forget(_revokedTokens, now);
        Forget(_revokedAuthorizations, now);
    }

    /// <summary>
    /// Starts again from what the database holds: every user is read afresh, and the revoked, unexpired access tokens
    /// (revoking a chain revokes its access tokens too) are the revoked set. Run whenever notices may have been missed.
    /// </summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _userNotices);
        // the previous cache is not disposed: a request may still be using it
        Interlocked.Exchange(ref _users, NewUserCache());
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, expiration_date FROM "OpenIddictTokens"
            WHERE status = 'revoked' AND type = 'urn:ietf:params:oauth:token-type:access_token' AND expiration_date > now()
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _revokedTokens[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }
    }

    public void Dispose() => _users.Dispose();

    private async ValueTask<bool> AcceptsAfterReadingAsync(Guid userId, string? tenantId, string stamp, CancellationToken cancellationToken)
    {
        var cache = _users;
        var notices = Interlocked.Read(ref _userNotices);
        var state = await ReadUserAsync(userId, tenantId, cancellationToken);
        if (Interlocked.Read(ref _userNotices) == notices)
        {
            cache.Set(userId.ToString(), state, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = UserStateLifetime });
        }

        return state.Accepts(stamp);
    }

    private async Task<UserState> ReadUserAsync(Guid userId, string? tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantScopeForPrincipal>();
        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        if (tenantId is not null && tenant is null)
        {
            return UserState.Gone;
        }

        using (tenants.Enter(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, u.Disabled }).FirstOrDefaultAsync(cancellationToken);
            return user is null || user.Disabled ? UserState.Gone : new UserState(SecurityStamps.Digest(user.SecurityStamp));
        }
    }

    private static bool IsRevoked(ConcurrentDictionary<string, DateTimeOffset> revoked, string? id) =>
        !revoked.IsEmpty && id is not null && revoked.ContainsKey(id);

    private static void Forget(ConcurrentDictionary<string, DateTimeOffset> revoked, DateTimeOffset now)
    {
        foreach (var (id, until) in revoked)
        {
            if (until <= now)
            {
                revoked.TryRemove(id, out _);
            }
        }
    }

    private static MemoryCache NewUserCache() => new(new MemoryCacheOptions { SizeLimit = MaxUsers });

    /// <summary>A user as tokens see them: the digest of the current security stamp, or none when disabled or gone.</summary>
    private sealed record UserState(string? StampDigest)
    {
        public static readonly UserState Gone = new((string?)null);

        public bool Accepts(string stamp) => StampDigest is not null && string.Equals(StampDigest, stamp, StringComparison.Ordinal);
    }
}
