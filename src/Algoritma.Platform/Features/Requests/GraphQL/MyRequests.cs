using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Persistence;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>myRequests(…paging): ServiceRequestConnection!</c>: the signed-in citizen's own.</summary>
internal sealed class MyRequestsQuery() : QueryField<NonNullGraphType<ConnectionType<ServiceRequestType, ServiceRequestView>>>(
    "myRequests", "The signed-in citizen's own requests, newest first.",
    field => field
        .PageArguments()
        .AuthorizeWithRoles(Roles.Citizen)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var me = Guid.Parse(Caller.From(context.User).Subject!);
            return await RequestPages.NewestFirstAsync(context.Service<IQuerySession>().Query<ServiceRequestView>().WhereCaptured(v => v.CitizenUserId == me), context);
        }));
