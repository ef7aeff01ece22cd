using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Algoritma.Platform.GraphQL;
using GraphQL;

namespace Algoritma.Platform.Features.Catalog.GraphQL;

internal static class ServiceIds
{
    public static readonly TenantKeyIds Ids = new("Service");
}

/// <summary><c>node(id:)</c> for a service of the tenant in scope.</summary>
internal sealed class ServiceNodeResolver : INodeResolver
{
    public string TypeName => ServiceIds.Ids.NodeType;

    public async Task<object?> ResolveAsync(string key, IResolveFieldContext context)
    {
        var tenant = context.Service<CurrentTenant>().Tenant;
        if (ServiceIds.Ids.KeyWithin(key, tenant?.Id) is not { } code)
        {
            return null;
        }

        var service = await context.Service<ServiceByCodeLoader>().Load(code).GetResultAsync(context.CancellationToken);
        return service?.TenantId == tenant!.Id ? service : null;
    }
}
