using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace Algoritma.Platform.Features.Campaigns.GraphQL;

/// <summary>Campaigns: the city's list, one by id, and the four commands; program managers and city admins only.</summary>
internal sealed class CampaignFields : IQueryFields, IMutationFields
{
    private static readonly string[] CampaignRoles = [Roles.ProgramManager, Roles.CityAdmin];

    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<CampaignType, CampaignView>>>("campaigns")
            .Description("The tenant's campaigns, newest launch first.")
            .Argument<CampaignStatusEnum>("status")
            .PageArguments()
            .AuthorizeWithRoles(CampaignRoles)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                var campaigns = context.Service<IQuerySession>().Query<CampaignView>().AsQueryable();
                if (context.GetArgument<CampaignStatus?>("status") is { } status)
                {
                    campaigns = campaigns.WhereCaptured(c => c.Status == status);
                }

                return await Page(campaigns, context);
            });

        query.Field<CampaignType>("campaign")
            .Description("One campaign by its id; null when this tenant has none such.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AuthorizeWithRoles(CampaignRoles)
            .ResolveAsync(async context =>
            {
                var tenant = context.RequireTenant();
                return CampaignIds.Decode(context.GetArgument<string>("id"), tenant.Id) is { } id
                    ? await context.Service<IQuerySession>().LoadAsync<CampaignView>(id, context.CancellationToken)
                    : null;
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.AddServiceMutation<CampaignPayloadType, LaunchCampaignInputType, LaunchCampaignInput, CampaignHandler, CampaignPayload>(
            "launchCampaign", "Launches a campaign: goal metric and target, units, period, waves and priority days.", CampaignRoles,
            (handler, input, caller, ct) => handler.LaunchAsync(input, caller, ct));
        mutation.AddServiceMutation<CampaignPayloadType, RecordCampaignActivityInputType, CampaignCommandInput, CampaignHandler, CampaignPayload>(
            "recordCampaignActivity", "Records an activity (sosialisasi, training, door to door…) of an open campaign. Stale expectedVersion: CONFLICT.", CampaignRoles,
            (handler, i, _, ct) => handler.RecordActivityAsync(handler.IdOf(i.CampaignId), i.ExpectedVersion, i.Kind!.Value, i.Date!.Value, i.Unit!, i.Attendance!.Value, i.Note, ct));
        mutation.AddServiceMutation<CampaignPayloadType, ReviseCampaignTargetInputType, CampaignCommandInput, CampaignHandler, CampaignPayload>(
            "reviseCampaignTarget", "Revises an open campaign's target, with a reason. Stale expectedVersion: CONFLICT.", CampaignRoles,
            (handler, i, _, ct) => handler.ReviseTargetAsync(handler.IdOf(i.CampaignId), i.ExpectedVersion, i.NewTarget!.Value, i.Reason!, ct));
        mutation.AddServiceMutation<CampaignPayloadType, CloseCampaignInputType, CampaignCommandInput, CampaignHandler, CampaignPayload>(
            "closeCampaign", "Closes the campaign, once. Stale expectedVersion: CONFLICT.", CampaignRoles,
            (handler, i, _, ct) => handler.CloseAsync(handler.IdOf(i.CampaignId), i.ExpectedVersion, i.Summary, ct));
    }

    private static Task<Connection<CampaignView>> Page(IQueryable<CampaignView> items, IResolveFieldContext context) =>
        NewestFirstPaging.PageAsync(items, item => item.LaunchedAt, item => item.Id, context);
}

internal sealed class CampaignNodeResolver : INodeResolver
{
    public string TypeName => CampaignIds.NodeType;

    public async Task<object?> ResolveAsync(string key, IResolveFieldContext context)
    {
        var tenant = context.Service<CurrentTenant>().Tenant;
        var caller = Caller.From(context.User);
        if (tenant is null || CampaignIds.Decode(GlobalId.Encode(TypeName, key), tenant.Id) is not { } id
            || !(caller.IsInRole(Roles.ProgramManager) || caller.IsInRole(Roles.CityAdmin)))
        {
            return null;
        }

        return await context.Service<IQuerySession>().LoadAsync<CampaignView>(id, context.CancellationToken);
    }
}
