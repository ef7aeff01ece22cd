using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.GraphQL;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace Algoritma.Platform.Features.Campaigns.GraphQL;

/// <summary><c>campaign(id)</c>: one of the city's campaigns.</summary>
internal sealed class CampaignQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<CampaignType>("campaign")
            .Description("One campaign by its id; null when this tenant has none such.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AuthorizeWithRoles(CampaignAccess.Roles)
            .ResolveAsync(async context =>
            {
                var tenant = context.RequireTenant();
                return CampaignIds.Decode(context.GetArgument<string>("id"), tenant.Id) is { } id
                    ? await context.Service<IQuerySession>().LoadAsync<CampaignView>(id, context.CancellationToken)
                    : null;
            });
}
