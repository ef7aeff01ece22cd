using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Campaigns.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Campaigns;

public static class CampaignsModule
{
    /// <summary>The handler, the query and mutation fields, node(id:) for campaigns, and their priority days for adoption. Progress reads <see cref="IUnitDayUsageSource"/>.</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddScoped<CampaignHandler>();
        services.AddScoped<ICampaignPriorityDays, CampaignPriorityDaysReader>();
        services.AddRootFields<CampaignsQuery>();
        services.AddRootFields<CampaignQuery>();
        services.AddRootFields<LaunchCampaignMutation>();
        services.AddRootFields<RecordCampaignActivityMutation>();
        services.AddRootFields<ReviseCampaignTargetMutation>();
        services.AddRootFields<CloseCampaignMutation>();
        services.AddSingleton<INodeResolver, CampaignNodeResolver>();
        return services;
    }
}
