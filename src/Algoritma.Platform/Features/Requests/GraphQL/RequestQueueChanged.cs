using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Persistence;
using Algoritma.Platform.Persistence.Changes;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>requestQueueChanged(filter: RequestFilter): ServiceRequest!</c>, over WebSocket: the staff's queue as it changes.</summary>
internal sealed class RequestQueueChangedSubscription() : SubscriptionField<NonNullGraphType<ServiceRequestType>>(
    "requestQueueChanged", "Requests within the caller's unit scope (the whole city for admins and managers) that match the filter, each time one changes; the filter means what it means for the requests query.",
    field => field
        .Argument<RequestFilterType>("filter", "Which requests of the caller's scope to follow; every one when omitted.")
        .AuthorizeWithRoles(Roles.Officer, Roles.CityAdmin, Roles.ProgramManager)
        .ResolveStreamAsync(async context =>
        {
            var tenant = context.RequireTenant();
            var caller = Caller.From(context.User);
            var filter = (context.GetArgument<RequestFilter?>("filter") ?? RequestFilter.None).Bounded();
            var sessions = context.Service<ISessionFactory>();
            var reads = context.Service<RequestChangeReads>();
            var clock = context.Service<TimeProvider>();
            var zone = (await context.Service<TenantCalendars>().CurrentAsync(context.CancellationToken)).Zone;
            Func<StreamChange, CancellationToken, Task<object?>> read = filter == RequestFilter.None
                ? (change, token) => reads.ReadIfAsync(change, view => RequestScope.Covers(view, caller))
                : (change, token) => ReadAsync(sessions, views => filter.Apply(RequestScope.Within(views, caller), clock.GetUtcNow(), zone)
                    .WhereCaptured(v => v.Id == change.StreamId), token);
            return await ChangeStream<object>.OpenAsync(context.Service<ChangeFeed>(), tenant.Id, _ => true, read, context.CancellationToken);
        }))
{
    /// <summary>The request as the subscriber may see it now, in the tenant the subscription runs in; null: not theirs to see.</summary>
    private static async Task<object?> ReadAsync(
        ISessionFactory sessions, Func<IQueryable<ServiceRequestView>, IQueryable<ServiceRequestView>> visible, CancellationToken cancellationToken)
    {
        await using var session = sessions.QuerySession();
        return await visible(session.Query<ServiceRequestView>()).FirstOrDefaultAsync(cancellationToken);
    }
}
