using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Audit.GraphQL;

/// <summary><c>auditLog(first, after)</c>: the tenant's administrative changes, oldest first; city admins only.</summary>
internal sealed class AuditLogQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<AuditEntryType, AuditEntry>>>("auditLog")
            .Description("Administrative changes within the tenant, oldest first.")
            .PageArguments()
            .AuthorizeWithRoles(Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<PlatformDbContext>().Set<AuditEntry>()
                    .PageAsync(a => a.Id, PageRequest.From(context), context.CancellationToken);
            });
}
