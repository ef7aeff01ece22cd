using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Algoritma.MultiTenancy.EntityFramework;

/// <summary>
/// Stamps new tenant-owned rows with the tenant in scope and refuses to save a row of any other tenant,
/// or any tenant-owned row when no tenant is in scope.
/// </summary>
public sealed class TenantStampingInterceptor(CurrentTenant current) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                Check(entry);
            }
        }
    }

    private void Check(EntityEntry<ITenantOwned> entry)
    {
        var tenantId = current.Id ?? throw new CrossTenantWriteException(
            $"Cannot save {entry.Metadata.DisplayName()}: no tenant is in scope.");
        var property = entry.Property(e => e.TenantId);
        if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.TenantId))
        {
            entry.Entity.TenantId = tenantId;
            return;
        }

        var owner = entry.State == EntityState.Added ? property.CurrentValue : property.OriginalValue;
        if (owner != tenantId || property.CurrentValue != tenantId)
        {
            throw new CrossTenantWriteException(
                $"Cannot save {entry.Metadata.DisplayName()} of tenant '{owner}' within tenant '{tenantId}'.");
        }
    }
}
