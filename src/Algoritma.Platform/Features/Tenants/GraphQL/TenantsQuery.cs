using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants.GraphQL;

/// <summary><c>tenants(first, after)</c>: every tenant, at platform scope.</summary>
internal sealed class TenantsQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
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
