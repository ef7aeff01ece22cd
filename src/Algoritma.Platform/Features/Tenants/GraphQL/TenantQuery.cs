using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants.GraphQL;

/// <summary><c>tenant(id)</c>: within a tenant that tenant; at platform scope the one with this slug or global id.</summary>
internal sealed class TenantQuery() : QueryField<TenantType>(
    "tenant", "Within a tenant: that tenant. At platform scope: the tenant with this slug or global id.",
    field => field
        .Argument<IdGraphType>("id")
        .ResolveAsync(async context =>
        {
            var current = context.Service<CurrentTenant>().Tenant;
            var slug = SlugOf(context.GetArgument<string?>("id")) ?? current?.Id;
            if (slug is null || (current is not null && slug != current.Id))
            {
                return null;
            }

            return await context.Service<PlatformDbContext>().Tenants.AsNoTracking()
                .FirstOrDefaultAsync(t => t.Id == slug, context.CancellationToken);
        }))
{
    private static string? SlugOf(string? id) =>
        id is null ? null
        : GlobalId.TryDecode(id, out var type, out var key) && type == TenantType.NodeTypeName ? key
        : id;
}
