using Algoritma.Platform.Features.Identity.Clients;

namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary><c>node(id:)</c> for an OIDC client of the tenant in scope (city admins only, as the type says).</summary>
internal sealed class ClientNodeResolver() : TenantKeyNodeResolver(Ids)
{
    public static readonly TenantKeyIds Ids = new("Client");

    protected override async Task<object?> LoadAsync(string key, string tenantId, IResolveFieldContext context)
    {
        var client = await context.Service<ClientDirectory>().FindAsync(key, context.CancellationToken);
        return client?.TenantId == tenantId ? client : null;
    }
}
