using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>node(id:)</c> for a kecamatan or a kelurahan/desa (<paramref name="typeName"/>) of the tenant in scope.</summary>
internal sealed class RegionNodeResolver(string typeName) : INodeResolver
{
    public string TypeName => typeName;

    public async Task<object?> ResolveAsync(string key, IResolveFieldContext context)
    {
        var tenant = context.Service<CurrentTenant>().Tenant;
        if (RegionIds.Decode(key) is not var (tenantId, code) || tenant?.Id != tenantId)
        {
            return null;
        }

        var unit = await context.Service<RegionByCodeLoader>().Load(code).GetResultAsync(context.CancellationToken);
        return unit is not null && (unit.IsKecamatan ? RegionIds.KecamatanType : RegionIds.VillageType) == typeName ? unit : null;
    }
}
