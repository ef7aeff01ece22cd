using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Audit.GraphQL;

/// <summary><c>node(id:)</c> for an audit entry of the tenant in scope (city admins only, as the type says).</summary>
internal sealed class AuditEntryNodeResolver() : TenantKeyNodeResolver(Ids)
{
    public static readonly TenantKeyIds Ids = new("AuditEntry");

    protected override async Task<object?> LoadAsync(string key, string tenantId, IResolveFieldContext context) =>
        await context.Service<PlatformDbContext>().Set<AuditEntry>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == key && a.TenantId == tenantId, context.CancellationToken);
}
