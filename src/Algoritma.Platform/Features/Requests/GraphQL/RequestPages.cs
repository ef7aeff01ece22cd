using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.Platform.Features.Requests.GraphQL;

internal static class RequestPages
{
    /// <summary>A page of requests, newest first: the staff's queue and the citizen's own list.</summary>
    public static Task<Connection<ServiceRequestView>> NewestFirstAsync(IQueryable<ServiceRequestView> items, IResolveFieldContext context) =>
        NewestFirstPaging.PageAsync(items, item => item.SubmittedAt, item => item.Id, context);
}
