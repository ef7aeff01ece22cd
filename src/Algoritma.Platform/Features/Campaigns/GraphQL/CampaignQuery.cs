using Marten;

namespace Algoritma.Platform.Features.Campaigns.GraphQL;

/// <summary><c>campaign(id)</c>: one of the city's campaigns.</summary>
internal sealed class CampaignQuery() : QueryField<CampaignType>(
    "campaign", "One campaign by its id; null when this tenant has none such.",
    field => field
        .Argument<NonNullGraphType<IdGraphType>>("id")
        .AuthorizeWithRoles(CampaignAccess.Roles)
        .ResolveAsync(async context =>
        {
            var tenant = context.RequireTenant();
            return CampaignIds.Decode(context.GetArgument<string>("id"), tenant.Id) is { } id
                ? await context.Service<IQuerySession>().LoadAsync<CampaignView>(id, context.CancellationToken)
                : null;
        }));
