using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>node(id:)</c> for a request: in the caller's tenant only, and only to its citizen, staff in scope or a program manager.</summary>
internal sealed class RequestNodeResolver : INodeResolver
{
    public string TypeName => RequestIds.NodeType;

    public async Task<object?> ResolveAsync(string key, IResolveFieldContext context)
    {
        var tenant = context.Service<CurrentTenant>().Tenant;
        if (tenant is null || RequestIds.Decode(GlobalId.Encode(TypeName, key), tenant.Id) is not { } id)
        {
            return null;
        }

        var view = await context.Service<IQuerySession>().LoadAsync<ServiceRequestView>(id, context.CancellationToken);
        var caller = Caller.From(context.User);
        var mine = view?.CitizenUserId is { } owner && owner.ToString() == caller.Subject;
        return view is not null && (mine || caller.Covers(view.UnitCode) || caller.IsInRole(Roles.ProgramManager)) ? view : null;
    }
}
