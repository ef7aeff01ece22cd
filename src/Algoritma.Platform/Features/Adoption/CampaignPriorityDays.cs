using NodaTime;

namespace Algoritma.Platform.Features.Adoption;

/// <summary>
/// The digital-priority days of a campaign, which submissionsByWeekday marks. Campaigns implement it: a campaign's
/// progress reads adoption, so adoption cannot read campaigns.
/// </summary>
public interface ICampaignPriorityDays
{
    /// <summary>The priority days of the tenant's campaign with this global id; null when the tenant has no such campaign.</summary>
    Task<IReadOnlySet<IsoDayOfWeek>?> FindAsync(string campaignId, string tenantId, CancellationToken cancellationToken);
}
