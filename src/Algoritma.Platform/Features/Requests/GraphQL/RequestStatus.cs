using Algoritma.GraphQL.Server.RateLimiting;
using Algoritma.Platform.Persistence;
using Algoritma.Platform.RateLimiting;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>requestStatus(trackingCode: String!): RequestPublicStatus</c>: anyone holding the tracking code.</summary>
internal sealed class RequestStatusQuery() : QueryField<RequestStatusType>(
    "requestStatus", "Public status of a request by its tracking code: status, dates, SLA and reason categories; no personal data, no officer's note.",
    field => field
        .Argument<NonNullGraphType<StringGraphType>>("trackingCode")
        .RateLimited(RateLimitPolicies.PublicLookup)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var code = TrackingCodeArgument.Read(context);
            return await context.Service<IQuerySession>().Query<ServiceRequestView>().WhereCaptured(v => v.TrackingCode == code).FirstOrDefaultAsync(context.CancellationToken);
        }));

/// <summary>The <c>trackingCode</c> argument of the public status and its subscription: bounded, trimmed, upper case.</summary>
internal static class TrackingCodeArgument
{
    public static string Read(IResolveFieldContext context) =>
        InputBounds.Argument("trackingCode", context.GetArgument<string>("trackingCode"), TrackingCodes.MaxInputLength)!.Trim().ToUpperInvariant();
}
