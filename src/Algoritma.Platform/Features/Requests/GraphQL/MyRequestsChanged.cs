using Algoritma.Platform.Persistence.Changes;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>myRequestsChanged: ServiceRequest!</c>, over WebSocket: the signed-in citizen's own requests as they change.</summary>
internal sealed class MyRequestsChangedSubscription() : SubscriptionField<NonNullGraphType<ServiceRequestType>>(
    "myRequestsChanged", "The signed-in citizen's own requests, each time one of them changes (submitted included).",
    field => field
        .AuthorizeWithRoles(Roles.Citizen)
        .ResolveStreamAsync(async context =>
        {
            var tenant = context.RequireTenant();
            var me = Guid.Parse(Caller.From(context.User).Subject!);
            var reads = context.Service<RequestChangeReads>();
            return await ChangeStream<object>.OpenAsync(context.Service<ChangeFeed>(), tenant.Id, _ => true,
                (change, token) => reads.ReadIfAsync(change, view => view.CitizenUserId == me),
                context.CancellationToken);
        }));
