using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants.GraphQL;

/// <summary><c>tenants(first, after)</c>: every tenant, at platform scope.</summary>
internal sealed class TenantsQuery() : RowPageQuery<TenantType, Tenant>(
    "tenants", "Every tenant, by slug. Platform scope, platform administrators only.", AtPlatformScope,
    db => db.Tenants.AsNoTracking(), t => t.Id, Roles.PlatformAdmin);
