using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Regions.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Regions;

public static class RegionsModule
{
    /// <summary>The official-region import, the tenant's units, <c>kecamatans</c>, <c>region</c>, <c>updateRegionDetails</c>, the re-import (<c>regionImportPreview</c>, <c>reimportOfficialRegions</c>) and node(id:) for units.</summary>
    public static IServiceCollection AddRegions(this IServiceCollection services)
    {
        services.AddScoped<OfficialRegionImport>();
        services.AddScoped<TenantUnits>();
        services.AddScoped<TenantRegions>();
        services.AddScoped<RegionReimport>();
        services.AddScoped<VillagesByKecamatanLoader>();
        services.AddScoped<RegionByCodeLoader>();
        services.AddRootFields<KecamatansQuery>();
        services.AddRootFields<RegionQuery>();
        services.AddRootFields<UpdateRegionDetailsMutation>();
        services.AddRootFields<RegionImportPreviewQuery>();
        services.AddRootFields<ReimportOfficialRegionsMutation>();
        services.AddSingleton<INodeResolver>(new RegionNodeResolver(RegionIds.KecamatanType));
        services.AddSingleton<INodeResolver>(new RegionNodeResolver(RegionIds.VillageType));
        return services;
    }
}
