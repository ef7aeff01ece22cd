using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants.GraphQL;

/// <summary><c>tenant(id)</c> and, at platform scope, <c>tenants(first, after)</c>.</summary>
internal sealed class TenantQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<TenantType>("tenant")
            .Description("Within a tenant: that tenant. At platform scope: the tenant with this slug or global id.")
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
            });

        query.Field<NonNullGraphType<ConnectionType<TenantType, Tenant>>>("tenants")
            .Description("Every tenant, by slug. Platform scope, platform administrators only.")
            .PageArguments()
            .AuthorizeWithRoles(Roles.PlatformAdmin)
            .ResolveAsync(async context =>
            {
                context.RequirePlatformScope();
                return await context.Service<PlatformDbContext>().Tenants.AsNoTracking()
                    .PageAsync(t => t.Id, PageRequest.From(context), context.CancellationToken);
            });
    }

    private static string? SlugOf(string? id) =>
        id is null ? null
        : GlobalId.TryDecode(id, out var type, out var key) && type == TenantType.NodeTypeName ? key
        : id;
}

internal sealed class TenantNodeResolver : INodeResolver
{
    public string TypeName => TenantType.NodeTypeName;

    public async Task<object?> ResolveAsync(string key, IResolveFieldContext context)
    {
        var current = context.Service<CurrentTenant>().Tenant;
        if (current is not null && current.Id != key)
        {
            return null;
        }

        return await context.Service<PlatformDbContext>().Tenants.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Id == key, context.CancellationToken);
    }
}
