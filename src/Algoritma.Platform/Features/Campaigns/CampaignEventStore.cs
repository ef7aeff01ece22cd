using JasperFx.Events.Projections;
using Marten;

namespace Algoritma.Platform.Features.Campaigns;

/// <summary>The campaign events and their inline view, added to the event store's schema.</summary>
public static class CampaignEventStore
{
    public static void Configure(StoreOptions options)
    {
        options.Events.AddEventTypes([typeof(CampaignLaunched), typeof(CampaignActivityRecorded), typeof(CampaignTargetRevised), typeof(CampaignClosed)]);
        options.Projections.Add<CampaignProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CampaignView>().UseRowLevelSecurity(Persistence.EventStoreSchema.TenantSetting);
    }
}
