
namespace Algoritma.Platform.Features.Audit.GraphQL;

/// <summary><c>auditLog(first, after)</c>: the tenant's administrative changes, oldest first; city admins only.</summary>
internal sealed class AuditLogQuery() : RowPageQuery<AuditEntryType, AuditEntry>(
    "auditLog", "Administrative changes within the tenant, oldest first.", WithinTenant,
    db => db.Set<AuditEntry>(), a => a.Id, Roles.CityAdmin);
