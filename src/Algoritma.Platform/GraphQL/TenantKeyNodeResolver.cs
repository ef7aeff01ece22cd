using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;

namespace Algoritma.Platform.GraphQL;

/// <summary>
/// <c>node(id:)</c> for a type whose global id is <see cref="TenantKeyIds"/>: an id naming another tenant, or none in
/// scope, finds nothing before anything is loaded; the load itself must stay within the tenant it is given.
/// </summary>
internal abstract class TenantKeyNodeResolver(TenantKeyIds ids) : INodeResolver
{
    public string TypeName => ids.NodeType;

    public Task<object?> ResolveAsync(string key, IResolveFieldContext context)
    {
        var tenantId = context.Service<CurrentTenant>().Tenant?.Id;
        return ids.KeyWithin(key, tenantId) is { } rowKey
            ? LoadAsync(rowKey, tenantId!, context)
            : Task.FromResult<object?>(null);
    }

    protected abstract Task<object?> LoadAsync(string key, string tenantId, IResolveFieldContext context);
}
