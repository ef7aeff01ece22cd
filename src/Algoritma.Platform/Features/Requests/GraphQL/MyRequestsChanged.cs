using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence.Changes;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>myRequestsChanged: ServiceRequest!</c>, over WebSocket: the signed-in citizen's own requests as they change.</summary>
internal sealed class MyRequestsChangedSubscription : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ServiceRequestType>>("myRequestsChanged")
            .Description("The signed-in citizen's own requests, each time one of them changes (submitted included).")
            .AuthorizeWithRoles(Roles.Citizen)
            .ResolveStreamAsync(async context =>
            {
                var tenant = context.RequireTenant();
                var me = Guid.Parse(Caller.From(context.User).Subject!);
                var reads = context.Service<RequestChangeReads>();
                return await ChangeStream<object>.OpenAsync(context.Service<ChangeFeed>(), tenant.Id, _ => true,
                    (change, token) => reads.ReadIfAsync(change, view => view.CitizenUserId == me),
                    context.CancellationToken);
            });
}
