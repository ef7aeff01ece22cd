using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Campaigns.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Campaigns;

public static class CampaignsModule
{
    /// <summary>The handler, the query and mutation fields, and node(id:) for campaigns. Progress reads <see cref="Adoption.IUnitDayUsageSource"/>.</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddScoped<CampaignHandler>();
        services.AddRootFields<CampaignFields>();
        services.AddSingleton<INodeResolver, CampaignNodeResolver>();
        return services;
    }
}
