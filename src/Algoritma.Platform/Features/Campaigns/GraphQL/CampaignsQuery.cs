using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Persistence;
using Marten;

namespace Algoritma.Platform.Features.Campaigns.GraphQL;

/// <summary><c>campaigns(status, first, after)</c>: the city's campaigns, newest launch first.</summary>
internal sealed class CampaignsQuery() : QueryField<NonNullGraphType<ConnectionType<CampaignType, CampaignView>>>(
    "campaigns", "The tenant's campaigns, newest launch first.",
    field => field
        .Argument<CampaignStatusEnum>("status")
        .PageArguments()
        .AuthorizeWithRoles(CampaignAccess.Roles)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var campaigns = context.Service<IQuerySession>().Query<CampaignView>().AsQueryable();
            if (context.GetArgument<CampaignStatus?>("status") is { } status)
            {
                campaigns = campaigns.WhereCaptured(c => c.Status == status);
            }

            return await NewestFirstPaging.PageAsync(campaigns, item => item.LaunchedAt, item => item.Id, context);
        }));
