using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.RateLimiting;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Catalog.GraphQL;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using Algoritma.Platform.RateLimiting;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed record RequestFilter(
    RequestStatus? Status, string? Service, string? Unit, Channel? Channel, DateTimeOffset? SubmittedFrom, DateTimeOffset? SubmittedTo, bool? SlaBreached)
{
    public static readonly RequestFilter None = new(null, null, null, null, null, null, null);

    /// <summary>This filter, or BAD_USER_INPUT for a code too long or a submission range out of bounds.</summary>
    public RequestFilter Bounded()
    {
        InputBounds.Argument("service", Service, InputBounds.Code);
        InputBounds.Argument("unit", Unit, InputBounds.UnitCode);
        DateBounds.RequireRange(SubmittedFrom, SubmittedTo);
        return this;
    }
}

public sealed class RequestFilterType : InputObjectGraphType<RequestFilter>
{
    public RequestFilterType()
    {
        Name = "RequestFilter";
        Field<RequestStatusEnum>("status");
        Field(x => x.Service, nullable: true);
        Field(x => x.Unit, nullable: true).Description("A kecamatan code includes its kelurahan/desa.");
        Field<ChannelType>("channel");
        Field<DateTimeOffsetGraphType>("submittedFrom").Description("Within 2000-01-01 … 2099-12-31.");
        Field<DateTimeOffsetGraphType>("submittedTo").Description("After submittedFrom, at most 3660 days later.");
        Field<BooleanGraphType>("slaBreached");
    }
}

/// <summary>Requests: officers' queue, citizens' own, the public status by tracking code, and every command.</summary>
internal sealed class RequestFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ServiceRequestType, ServiceRequestView>>>("requests")
            .Description("Requests within the caller's unit scope (the whole city for admins and managers), newest first.")
            .Argument<RequestFilterType>("filter")
            .PageArguments()
            .AuthorizeWithRoles(Roles.Officer, Roles.CityAdmin, Roles.ProgramManager)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                var caller = Caller.From(context.User);
                var filter = (context.GetArgument<RequestFilter?>("filter") ?? new RequestFilter(null, null, null, null, null, null, null)).Bounded();
                var views = WithinScope(context.Service<IQuerySession>().Query<ServiceRequestView>(), caller);
                return await Page(Filtered(views, filter, context.Service<TimeProvider>().GetUtcNow()), context);
            });

        query.Field<NonNullGraphType<ConnectionType<ServiceRequestType, ServiceRequestView>>>("myRequests")
            .Description("The signed-in citizen's own requests, newest first.")
            .PageArguments()
            .AuthorizeWithRoles(Roles.Citizen)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                var me = Guid.Parse(Caller.From(context.User).Subject!);
                return await Page(context.Service<IQuerySession>().Query<ServiceRequestView>().WhereCaptured(v => v.CitizenUserId == me), context);
            });

        query.Field<RequestStatusType>("requestStatus")
            .Description("Public status of a request by its tracking code: status, dates, SLA and reason categories; no personal data, no officer's note.")
            .Argument<NonNullGraphType<StringGraphType>>("trackingCode")
            .RateLimited(RateLimitPolicies.PublicLookup)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                var code = InputBounds.Argument("trackingCode", context.GetArgument<string>("trackingCode"), TrackingCodes.MaxInputLength)!.Trim().ToUpperInvariant();
                return await context.Service<IQuerySession>().Query<ServiceRequestView>().WhereCaptured(v => v.TrackingCode == code).FirstOrDefaultAsync(context.CancellationToken);
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RequestPayloadType>>("submitServiceRequest")
            .Description("Submits a request: ONLINE by a citizen; KIOSK or ASSISTED by an officer for a citizen.")
            .Argument<NonNullGraphType<SubmitServiceRequestInputType>>("input")
            .AuthorizeWithRoles(Roles.Citizen, Roles.Officer, Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<ServiceRequestHandler>().SubmitAsync(
                    context.GetArgument<SubmitServiceRequestInput>("input"), Caller.From(context.User), context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<RequestPayloadType>>("recordCounterService")
            .Description("Records a walk-in served at the counter: submitted and completed in one step.")
            .Argument<NonNullGraphType<RecordCounterServiceInputType>>("input")
            .AuthorizeWithRoles(Roles.Officer, Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<ServiceRequestHandler>().RecordCounterServiceAsync(
                    context.GetArgument<SubmitServiceRequestInput>("input"), Caller.From(context.User), context.CancellationToken);
            });

        Command<ReturnServiceRequestInputType>(mutation, "returnServiceRequest", "Returns the request to the citizen for completion.",
            (i, role, at) => new ReturnRequest(i.Reason ?? string.Empty, role, at, i.ReasonCode), Roles.Officer, Roles.CityAdmin);
        Command<ResubmitServiceRequestInputType>(mutation, "resubmitServiceRequest", "The citizen resubmits a returned request.",
            (i, _, at, caller) => new ResubmitRequest(i.Documents ?? [], Guid.Parse(caller.Subject!), at), Roles.Citizen);
        Command<VerifyServiceRequestInputType>(mutation, "verifyServiceRequest", "Verifies the request's documents.",
            (_, role, at) => new VerifyRequest(role, at), Roles.Officer, Roles.CityAdmin);
        Command<CompleteServiceRequestInputType>(mutation, "completeServiceRequest", "Completes a verified request.",
            (_, role, at) => new CompleteRequest(role, at), Roles.Officer, Roles.CityAdmin);
        Command<RejectServiceRequestInputType>(mutation, "rejectServiceRequest", "Rejects the request with a reason.",
            (i, role, at) => new RejectRequest(i.Reason ?? string.Empty, role, at, i.ReasonCode), Roles.Officer, Roles.CityAdmin);
        Command<CancelServiceRequestInputType>(mutation, "cancelServiceRequest", "The citizen cancels before verification.",
            (_, _, at, caller) => new CancelRequest(Guid.Parse(caller.Subject!), at), Roles.Citizen);
        Command<RateServiceInputType>(mutation, "rateService", "Answers the IKM survey once after completion: ONLINE by the citizen who submitted it; COUNTER, KIOSK, ASSISTED by the citizen served or by an officer of the unit recording the citizen's own answers. Anyone else: OUT_OF_SCOPE.",
            (i, role, at) => new RateService(i.Scores ?? [], role, at), Roles.Citizen, Roles.Officer, Roles.CityAdmin);
    }

    private static void Command<TInputType>(ObjectGraphType mutation, string name, string description,
        Func<RequestCommandInput, string, DateTimeOffset, RequestCommand> command, params string[] roles)
        where TInputType : RequestCommandInputType =>
        Command<TInputType>(mutation, name, description, (input, role, at, _) => command(input, role, at), roles);

    private static void Command<TInputType>(ObjectGraphType mutation, string name, string description,
        Func<RequestCommandInput, string, DateTimeOffset, Caller, RequestCommand> command, params string[] roles)
        where TInputType : RequestCommandInputType =>
        mutation.Field<NonNullGraphType<RequestPayloadType>>(name)
            .Description(description + " Stale expectedVersion: CONFLICT.")
            .Argument<NonNullGraphType<TInputType>>("input")
            .AuthorizeWithRoles(roles)
            .ResolveAsync(async context =>
            {
                var tenant = context.RequireTenant();
                var input = context.GetArgument<RequestCommandInput>("input");
                if (input.BoundErrors() is { Count: > 0 } errors)
                {
                    return new RequestPayload(null, errors);
                }

                var streamId = RequestIds.Decode(input.RequestId, tenant.Id) ?? throw CodedError.NotFound("No such request in this tenant.");
                var caller = Caller.From(context.User);
                var at = context.Service<TimeProvider>().GetUtcNow();
                return await context.Service<ServiceRequestHandler>().DecideAsync(
                    streamId, input.ExpectedVersion, command(input, ServiceRequestHandler.RoleOf(caller), at, caller), caller, context.CancellationToken);
            });

    /// <summary>An officer's unit (a kecamatan's includes its kelurahan/desa); the whole city for admins and managers.</summary>
    internal static IQueryable<ServiceRequestView> WithinScope(IQueryable<ServiceRequestView> views, Caller caller) =>
        ScopedToUnit(caller) ? views.WithinUnit(v => v.UnitCode, caller.Unit ?? "-") : views;

    /// <summary><see cref="WithinScope"/> for one request already read.</summary>
    internal static bool InScope(ServiceRequestView view, Caller caller) =>
        !ScopedToUnit(caller) || (caller.Unit is { } unit && (view.UnitCode == unit || view.UnitCode.StartsWith(unit + ".", StringComparison.Ordinal)));

    private static bool ScopedToUnit(Caller caller) =>
        caller.IsInRole(Roles.Officer) && !caller.IsInRole(Roles.CityAdmin) && !caller.IsInRole(Roles.ProgramManager);

    internal static IQueryable<ServiceRequestView> Filtered(IQueryable<ServiceRequestView> views, RequestFilter filter, DateTimeOffset now)
    {
        if (filter.Status is { } status)
        {
            views = views.WhereCaptured(v => v.Status == status);
        }

        if (filter.Service is { } service)
        {
            views = views.WhereCaptured(v => v.ServiceCode == service);
        }

        if (filter.Unit is { } unit)
        {
            views = views.WithinUnit(v => v.UnitCode, unit);
        }

        if (filter.Channel is { } channel)
        {
            views = views.WhereCaptured(v => v.Channel == channel);
        }

        if (filter.SubmittedFrom is { } from)
        {
            views = views.WhereCaptured(v => v.SubmittedAt >= from);
        }

        if (filter.SubmittedTo is { } to)
        {
            views = views.WhereCaptured(v => v.SubmittedAt < to);
        }

        return filter.SlaBreached switch
        {
            true => views.WhereCaptured(v => v.Status != RequestStatus.Cancelled && ((v.ClosedAt != null && v.ClosedAt > v.Deadline) || (v.ClosedAt == null && v.Deadline < now))),
            false => views.WhereCaptured(v => v.Status == RequestStatus.Cancelled || (v.ClosedAt != null && v.ClosedAt <= v.Deadline) || (v.ClosedAt == null && v.Deadline >= now)),
            null => views,
        };
    }

    private static Task<Connection<ServiceRequestView>> Page(IQueryable<ServiceRequestView> items, IResolveFieldContext context) =>
        NewestFirstPaging.PageAsync(items, item => item.SubmittedAt, item => item.Id, context);
}

internal sealed class RequestNodeResolver : INodeResolver
{
    public string TypeName => RequestIds.NodeType;

    public async Task<object?> ResolveAsync(string key, IResolveFieldContext context)
    {
        var tenant = context.Service<CurrentTenant>().Tenant;
        if (tenant is null || RequestIds.Decode(GlobalId.Encode(TypeName, key), tenant.Id) is not { } id)
        {
            return null;
        }

        var view = await context.Service<IQuerySession>().LoadAsync<ServiceRequestView>(id, context.CancellationToken);
        var caller = Caller.From(context.User);
        var mine = view?.CitizenUserId is { } owner && owner.ToString() == caller.Subject;
        return view is not null && (mine || caller.Covers(view.UnitCode) || caller.IsInRole(Roles.ProgramManager)) ? view : null;
    }
}
