using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.RateLimiting;
using Algoritma.Platform.Persistence;
using Algoritma.Platform.Persistence.Changes;
using Algoritma.Platform.RateLimiting;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary>
/// <c>requestStatusChanged(trackingCode: String!): RequestPublicStatus!</c>, over WebSocket. Like every request
/// subscription, each change is read again for the subscriber, so it gets exactly what the matching query would show it.
/// </summary>
internal sealed class RequestStatusChangedSubscription() : SubscriptionField<NonNullGraphType<RequestStatusType>>(
    "requestStatusChanged", "The public status of the request with this tracking code, each time it changes; no personal data. Unknown code: NOT_FOUND.",
    field => field
        .Argument<NonNullGraphType<StringGraphType>>("trackingCode", "The tracking code the citizen was given at submission.")
        .RateLimited(RateLimitPolicies.PublicLookup)
        .ResolveStreamAsync(async context =>
        {
            var tenant = context.RequireTenant();
            var code = TrackingCodeArgument.Read(context);
            var reads = context.Service<RequestChangeReads>();
            Guid streamId;
            await using (var session = context.Service<ISessionFactory>().QuerySession())
            {
                streamId = await session.Query<ServiceRequestView>().WhereCaptured(v => v.TrackingCode == code)
                    .Select(v => v.Id).FirstOrDefaultAsync(context.CancellationToken);
            }

            if (streamId == Guid.Empty)
            {
                throw CodedError.NotFound("No request has this tracking code.");
            }

            return await ChangeStream<object>.OpenAsync(context.Service<ChangeFeed>(), tenant.Id, change => change.StreamId == streamId,
                (change, token) => reads.ReadIfAsync(change, _ => true),
                context.CancellationToken);
        }));
