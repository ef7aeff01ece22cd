using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Regions.Reference;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>kecamatans(first, after)</c> and <c>region(code)</c>, within a tenant.</summary>
internal sealed class RegionQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<KecamatanType, RegionUnit>>>("kecamatans")
            .Description("The tenant's kecamatan, by code.")
            .PageArguments()
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<PlatformDbContext>().RegionUnits
                    .Where(u => u.Kind == RegionKind.Kecamatan)
                    .PageAsync(u => u.Code, PageRequest.From(context), context.CancellationToken);
            });

        query.Field<RegionInterface>("region")
            .Description("The tenant's kecamatan, kelurahan or desa with this Kemendagri code; null when it has none.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(context =>
            {
                context.RequireTenant();
                return context.Service<RegionByCodeLoader>().Load(InputBounds.Argument("code", context.GetArgument<string>("code"), InputBounds.UnitCode)!.Trim());
            });
    }
}

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
