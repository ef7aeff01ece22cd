using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>kecamatans(first, after)</c>: the tenant's kecamatan, by code.</summary>
internal sealed class KecamatansQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
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
}
