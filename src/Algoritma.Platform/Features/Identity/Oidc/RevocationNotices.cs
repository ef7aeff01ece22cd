using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// Tells every API process that something <see cref="TokenRevocations"/> knows changed: a PostgreSQL notification on
/// <see cref="Channel"/>, sent on the caller's connection (inside its transaction, it goes out when that commits), and
/// applied to this process at once. <see cref="RevocationListener"/> applies the others' notices.
/// </summary>
public sealed class RevocationNotices(TokenRevocations revocations)
{
    public const string Channel = "algoritma_revocations";
    public const string User = "user";
    public const string Token = "token";
    public const string Authorization = "authorization";

    /// <summary>The user's tokens issued before now no longer work (disabled, roles or unit changed).</summary>
    public Task UserChangedAsync(DbContext db, Guid userId, CancellationToken cancellationToken) =>
        SendAsync(db, $"{User}:{userId}", cancellationToken);

    public Task TokenRevokedAsync(DbContext db, string tokenId, CancellationToken cancellationToken) =>
        SendAsync(db, $"{Token}:{tokenId}", cancellationToken);

    public Task AuthorizationRevokedAsync(DbContext db, string authorizationId, CancellationToken cancellationToken) =>
        SendAsync(db, $"{Authorization}:{authorizationId}", cancellationToken);

    private async Task SendAsync(DbContext db, string notice, CancellationToken cancellationToken)
    {
        revocations.Apply(notice);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {notice})", cancellationToken);
    }
}
