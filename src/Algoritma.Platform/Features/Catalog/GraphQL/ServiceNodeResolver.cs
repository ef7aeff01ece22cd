
namespace Algoritma.Platform.Features.Catalog.GraphQL;

internal static class ServiceIds
{
    public static readonly TenantKeyIds Ids = new("Service");
}

/// <summary><c>node(id:)</c> for a service of the tenant in scope.</summary>
internal sealed class ServiceNodeResolver() : TenantKeyNodeResolver(ServiceIds.Ids)
{
    protected override async Task<object?> LoadAsync(string key, string tenantId, IResolveFieldContext context)
    {
        var service = await context.Service<ServiceByCodeLoader>().Load(key).GetResultAsync(context.CancellationToken);
        return service?.TenantId == tenantId ? service : null;
    }
}
