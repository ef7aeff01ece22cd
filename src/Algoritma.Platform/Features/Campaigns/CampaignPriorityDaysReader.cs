using Algoritma.Platform.Features.Adoption;
using Marten;
using NodaTime;
using NodaTime.Extensions;

namespace Algoritma.Platform.Features.Campaigns;

/// <summary>A campaign's digital-priority days, for the adoption query that marks them.</summary>
internal sealed class CampaignPriorityDaysReader(IQuerySession session) : ICampaignPriorityDays
{
    public async Task<IReadOnlySet<IsoDayOfWeek>?> FindAsync(string campaignId, string tenantId, CancellationToken cancellationToken)
    {
        var campaign = CampaignIds.Decode(campaignId, tenantId) is { } key
            ? await session.LoadAsync<CampaignView>(key, cancellationToken)
            : null;
        return campaign?.PriorityDays.Select(DayOfWeekExtensions.ToIsoDayOfWeek).ToHashSet();
    }
}
