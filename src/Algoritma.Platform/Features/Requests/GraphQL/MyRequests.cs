using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>myRequests(…paging): ServiceRequestConnection!</c>: the signed-in citizen's own.</summary>
internal sealed class MyRequestsQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<ServiceRequestType, ServiceRequestView>>>("myRequests")
            .Description("The signed-in citizen's own requests, newest first.")
            .PageArguments()
            .AuthorizeWithRoles(Roles.Citizen)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                var me = Guid.Parse(Caller.From(context.User).Subject!);
                return await RequestPages.NewestFirstAsync(context.Service<IQuerySession>().Query<ServiceRequestView>().WhereCaptured(v => v.CitizenUserId == me), context);
            });
}
