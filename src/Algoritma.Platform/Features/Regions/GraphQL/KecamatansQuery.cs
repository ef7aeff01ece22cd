using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>kecamatans(first, after)</c>: the tenant's kecamatan, by code, from the cached regions.</summary>
internal sealed class KecamatansQuery() : QueryField<NonNullGraphType<ConnectionType<KecamatanType, RegionUnit>>>(
    "kecamatans", "The tenant's kecamatan, by code.", field => field
        .PageArguments()
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var page = PageRequest.From(context);
            var regions = await context.Service<TenantRegions>().AllAsync(context.CancellationToken);
            return regions.Where(u => u.Kind == RegionKind.Kecamatan).ToList().Page(u => u.Code, page);
        }));
