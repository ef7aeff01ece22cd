using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.GraphQL;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary><c>requests(filter: RequestFilter, …paging): ServiceRequestConnection!</c>: the staff's queue.</summary>
internal sealed class RequestsQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<ServiceRequestType, ServiceRequestView>>>("requests")
            .Description("Requests within the caller's unit scope (the whole city for admins and managers), newest first.")
            .Argument<RequestFilterType>("filter")
            .PageArguments()
            .AuthorizeWithRoles(Roles.Officer, Roles.CityAdmin, Roles.ProgramManager)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                var caller = Caller.From(context.User);
                var filter = (context.GetArgument<RequestFilter?>("filter") ?? RequestFilter.None).Bounded();
                var views = RequestScope.Within(context.Service<IQuerySession>().Query<ServiceRequestView>(), caller);
                return await RequestPages.NewestFirstAsync(filter.Apply(views, context.Service<TimeProvider>().GetUtcNow()), context);
            });
}
