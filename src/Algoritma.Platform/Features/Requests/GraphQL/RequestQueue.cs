using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Requests.Sla;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>requests(filter: RequestFilter, …paging): ServiceRequestConnection!</c>: the staff's queue.</summary>
internal sealed class RequestsQuery() : QueryField<NonNullGraphType<ConnectionType<ServiceRequestType, ServiceRequestView>>>(
    "requests", "Requests within the caller's unit scope (the whole city for admins and managers), newest first.",
    field => field
        .Argument<RequestFilterType>("filter")
        .PageArguments()
        .AuthorizeWithRoles(Roles.Officer, Roles.CityAdmin, Roles.ProgramManager)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var caller = Caller.From(context.User);
            var filter = (context.GetArgument<RequestFilter?>("filter") ?? RequestFilter.None).Bounded();
            var views = RequestScope.Within(context.Service<IQuerySession>().Query<ServiceRequestView>(), caller);
            var calendar = await context.Service<TenantCalendars>().CurrentAsync(context.CancellationToken);
            return await RequestPages.NewestFirstAsync(filter.Apply(views, context.Service<TimeProvider>().GetUtcNow(), calendar.Zone), context);
        }));
