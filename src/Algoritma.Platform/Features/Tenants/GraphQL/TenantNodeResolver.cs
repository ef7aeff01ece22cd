using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants.GraphQL;

/// <summary><c>node(id:)</c> for a tenant: within a tenant only that tenant.</summary>
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
