using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Marten;

namespace Algoritma.Platform.Features.Campaigns.GraphQL;

/// <summary><c>node(id:)</c> for a campaign of the tenant in scope, for program managers and city admins.</summary>
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
