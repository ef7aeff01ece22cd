using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.RateLimiting;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using Algoritma.Platform.Persistence.Changes;
using Algoritma.Platform.RateLimiting;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary>
/// Requests as they change, over WebSocket: every change is read again for each subscriber under that subscriber's
/// own authorization (the public status by code; the citizen's own; the staff's unit scope and filter), so a
/// subscriber gets exactly what the matching query would show it.
/// </summary>
internal sealed class RequestSubscriptionFields : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<RequestStatusType>>("requestStatusChanged")
            .Description("The public status of the request with this tracking code, each time it changes; no personal data. Unknown code: NOT_FOUND.")
            .Argument<NonNullGraphType<StringGraphType>>("trackingCode", "The tracking code the citizen was given at submission.")
            .RateLimited(RateLimitPolicies.PublicLookup)
            .ResolveStreamAsync(async context =>
            {
                var tenant = context.RequireTenant();
                var code = InputBounds.Argument("trackingCode", context.GetArgument<string>("trackingCode"), TrackingCodes.MaxInputLength)!.Trim().ToUpperInvariant();
                var sessions = context.Service<ISessionFactory>();
                var reads = context.Service<RequestChangeReads>();
                Guid streamId;
                await using (var session = sessions.QuerySession())
                {
                    streamId = await session.Query<ServiceRequestView>().WhereCaptured(v => v.TrackingCode == code)
                        .Select(v => v.Id).FirstOrDefaultAsync(context.CancellationToken);
                }

                if (streamId == Guid.Empty)
                {
                    throw CodedError.NotFound("No request has this tracking code.");
                }

                return await ChangeStream<object>.OpenAsync(context.Service<ChangeFeed>(), tenant.Id, change => change.StreamId == streamId,
                    (change, token) => LoadAsync(reads, change, _ => true),
                    context.CancellationToken);
            });

        subscription.Field<NonNullGraphType<ServiceRequestType>>("myRequestsChanged")
            .Description("The signed-in citizen's own requests, each time one of them changes (submitted included).")
            .AuthorizeWithRoles(Roles.Citizen)
            .ResolveStreamAsync(async context =>
            {
                var tenant = context.RequireTenant();
                var me = Guid.Parse(Caller.From(context.User).Subject!);
                var sessions = context.Service<ISessionFactory>();
                var reads = context.Service<RequestChangeReads>();
                return await ChangeStream<object>.OpenAsync(context.Service<ChangeFeed>(), tenant.Id, _ => true,
                    (change, token) => LoadAsync(reads, change, view => view.CitizenUserId == me),
                    context.CancellationToken);
            });

        subscription.Field<NonNullGraphType<ServiceRequestType>>("requestQueueChanged")
            .Description("Requests within the caller's unit scope (the whole city for admins and managers) that match the filter, each time one changes; the filter means what it means for the requests query.")
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
                Func<StreamChange, CancellationToken, Task<object?>> read = filter == RequestFilter.None
                    ? (change, token) => LoadAsync(reads, change, view => RequestFields.InScope(view, caller))
                    : (change, token) => ReadAsync(sessions, views => RequestFields.Filtered(
                        RequestFields.WithinScope(views, caller), filter, clock.GetUtcNow()).WhereCaptured(v => v.Id == change.StreamId), token);
                return await ChangeStream<object>.OpenAsync(context.Service<ChangeFeed>(), tenant.Id, _ => true, read, context.CancellationToken);
            });
    }

    /// <summary>The changed request (one read per change, shared), if <paramref name="visible"/> to this subscriber.</summary>
    private static async Task<object?> LoadAsync(
        RequestChangeReads reads, StreamChange change, Func<ServiceRequestView, bool> visible) =>
        await reads.ReadAsync(change) is { } view && visible(view) ? view : null;

    /// <summary>The request as the subscriber may see it now, in the tenant the subscription runs in; null: not theirs to see.</summary>
    private static async Task<object?> ReadAsync(
        ISessionFactory sessions, Func<IQueryable<ServiceRequestView>, IQueryable<ServiceRequestView>> visible, CancellationToken cancellationToken)
    {
        await using var session = sessions.QuerySession();
        return await visible(session.Query<ServiceRequestView>()).FirstOrDefaultAsync(cancellationToken);
    }
}
