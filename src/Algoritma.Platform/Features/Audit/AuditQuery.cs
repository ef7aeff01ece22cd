using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;
using Algoritma.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One administrative change: who did what to what, when.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is AuditEntry;
        this.AuthorizeWithRoles(Roles.CityAdmin);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => AuditEntryNodeResolver.Ids.Encode(c.Source.TenantId, c.Source.Id));
        Field(a => a.At, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        Field(a => a.ActorSubject).Description("User id or client id of the actor.");
        Field(a => a.ActorName, nullable: true);
        Field(a => a.Action).Description("e.g. user.created, user.disabled, client.secret_rotated.");
        Field(a => a.Target);
        Field(a => a.Details).Description("JSON with the change's details.");
    }
}

/// <summary><c>auditLog(first, after)</c>: the tenant's administrative changes, oldest first; city admins only.</summary>
internal sealed class AuditQuery : IQueryFields
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

/// <summary><c>node(id:)</c> for an audit entry of the tenant in scope (city admins only, as the type says).</summary>
internal sealed class AuditEntryNodeResolver() : TenantKeyNodeResolver(Ids)
{
    public static readonly TenantKeyIds Ids = new("AuditEntry");

    protected override async Task<object?> LoadAsync(string key, string tenantId, IResolveFieldContext context) =>
        await context.Service<PlatformDbContext>().Set<AuditEntry>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == key && a.TenantId == tenantId, context.CancellationToken);
}
