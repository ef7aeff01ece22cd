using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Features.Tenants.GraphQL;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants;

public sealed record TenantSwitchOutcome(Tenant? Tenant, IReadOnlyList<UserError> Errors);

/// <summary>
/// Disables a tenant (every route of it answers 404 NOT_FOUND, its tokens are refused, its data stays) or enables it
/// again. The audit entry goes to the tenant's own log, where its city admins see who switched it and when.
/// </summary>
public sealed class TenantSwitch(PlatformDbContext db, CurrentTenant current, AuditTrail audit, TenantCache cache, TimeProvider clock)
{
    public async Task<TenantSwitchOutcome> SetEnabledAsync(string id, bool enabled, Caller actor, CancellationToken cancellationToken)
    {
        if (new List<UserError>().Text("tenant", id, InputBounds.Name, InputBounds.Required) is { Count: > 0 } bounds)
        {
            return new TenantSwitchOutcome(null, bounds);
        }

        var slug = GlobalId.TryDecode(id, out var type, out var key) ? (type == TenantType.NodeTypeName ? key : null) : id.Trim();
        var tenant = slug is null ? null : await db.Tenants.FirstOrDefaultAsync(t => t.Id == slug, cancellationToken);
        if (tenant is null)
        {
            return new TenantSwitchOutcome(null, [UserError.At("tenant", "TENANT_NOT_FOUND", "No tenant has this slug or id.")]);
        }

        if (tenant.Enabled == enabled)
        {
            return new TenantSwitchOutcome(tenant, []);
        }

        using (current.BeginScope(tenant.ToInfo()))
        {
            tenant.Enabled = enabled;
            tenant.UpdatedAt = clock.GetUtcNow();
            audit.Record(actor, enabled ? "tenant.enabled" : "tenant.disabled", tenant.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        cache.Invalidate();
        return new TenantSwitchOutcome(tenant, []);
    }
}
