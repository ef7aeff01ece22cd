using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Catalog.GraphQL;

namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class RequestStatusEnum : EnumerationGraphType<RequestStatus>
{
    public RequestStatusEnum() => Name = "RequestStatus";
}

public sealed class ReasonCodeEnum : EnumerationGraphType<ReasonCode>
{
    public ReasonCodeEnum()
    {
        Name = "RequestReasonCode";
        Description = "Why a request was returned or rejected, as a category the public status shows (never the officer's note).";
    }
}

/// <summary>A step of a request's life as its owner and the staff see it: with the officer's note.</summary>
public sealed class HistoryEntryType : ObjectGraphType<HistoryEntry>
{
    public HistoryEntryType()
    {
        Name = "RequestHistoryEntry";
        PublicHistoryFields.Add(this);
        Field(h => h.Note, nullable: true).Description("The officer's own words for a return or rejection (the citizen who owns the request and staff in scope only).");
        Field(h => h.RecordedByStaff).Description("RATED: an officer of the unit recorded the citizen's own answers (paper or tablet survey).");
    }
}

/// <summary>A step of a request's life as anyone holding the tracking code sees it: no free text.</summary>
public sealed class PublicHistoryEntryType : ObjectGraphType<HistoryEntry>
{
    public PublicHistoryEntryType()
    {
        Name = "RequestPublicHistoryEntry";
        PublicHistoryFields.Add(this);
    }
}

internal static class PublicHistoryFields
{
    public static void Add(ObjectGraphType<HistoryEntry> type)
    {
        type.Field<NonNullGraphType<RequestEventEnum>>("event").Description("What happened.").Resolve(c => c.Source.Event);
        type.Field(h => h.At, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("When it happened.");
        type.Field<NonNullGraphType<ActorRoleEnum>>("actorRole").Description("The role of whoever took the step.").Resolve(c => c.Source.ActorRole);
        type.Field<ReasonCodeEnum>("reasonCode").Description("RETURNED, REJECTED: the category of the reason.")
            .Resolve(c => c.Source.Event is "RETURNED" or "REJECTED" ? c.Source.Reason ?? ReasonCode.Other : null);
        type.Field<DateTimeOffsetGraphType>("deadline")
            .Description("SUBMITTED, RESUBMITTED: the SLA deadline this step set (a resubmission with complete documents starts the clock again).")
            .Resolve(c => c.Source.Deadline);
    }
}

public sealed class ServiceRequestType : ObjectGraphType<ServiceRequestView>
{
    public ServiceRequestType()
    {
        Name = "ServiceRequest";
        Description = "One use of a service, as its events tell it.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is ServiceRequestView;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => RequestIds.Encode(c.Service<MultiTenancy.CurrentTenant>().Required.Id, c.Source.Id));
        RequestStatusFields.Add(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEntryType>>>>("history").Resolve(c => c.Source.History);
        Field(r => r.ServiceVersion).Description("The version of the service standard the request was made under.");
        Field(r => r.UnitCode);
        Field<NonNullGraphType<ChannelType>>("channel").Resolve(c => c.Source.Channel);
        Field(r => r.Documents);
        Field(r => r.Version).Description("Name it as expectedVersion in the next command.");
        Field<IntGraphType>("workingTimeLeft")
            .Description("Working minutes until the deadline on the city's working calendar; zero or negative (the working minutes since) once breached; null once closed.")
            .ResolveAsync(async c => c.Source.ClosedAt is null
                ? WorkingMinutesLeft(c.Source.Deadline, c.Service<TimeProvider>().GetUtcNow(), await c.Service<Sla.TenantCalendars>().CurrentAsync(c.CancellationToken))
                : null);
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("ikmScores").Resolve(c => c.Source.Scores);
        Field<ServiceType>("service").Description("The catalog entry today.")
            .Resolve(c => c.Service<ServiceByCodeLoader>().Load(c.Source.ServiceCode));
        Field<NonNullGraphType<ServiceStandardType>>("standard").Description("The standard the request was made under (its version, not today's).")
            .Resolve(c => c.Service<StandardLoader>().Load((c.Source.ServiceCode, c.Source.ServiceVersion)));
        Field<Regions.GraphQL.RegionInterface>("unit").Description("Where it was requested.")
            .Resolve(c => c.Service<Regions.GraphQL.RegionByCodeLoader>().Load(c.Source.UnitCode));
    }

    private static object WorkingMinutesLeft(DateTimeOffset deadline, DateTimeOffset now, Sla.WorkingCalendar calendar)
    {
        var (due, at) = (NodaTime.Instant.FromDateTimeOffset(deadline), NodaTime.Instant.FromDateTimeOffset(now));
        return at < due
            ? (int)Sla.SlaCalculator.WorkingTimeBetween(at, due, calendar).TotalMinutes
            : -(int)Sla.SlaCalculator.WorkingTimeBetween(due, at, calendar).TotalMinutes;
    }
}

/// <summary>What anyone holding the tracking code may see: no personal data.</summary>
public sealed class RequestStatusType : ObjectGraphType<ServiceRequestView>
{
    public RequestStatusType()
    {
        Name = "RequestPublicStatus";
        Description = "Status, dates, SLA and reason categories: never an officer's note, never personal data.";
        RequestStatusFields.Add(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicHistoryEntryType>>>>("history").Resolve(c => c.Source.History);
    }
}

internal static class RequestStatusFields
{
    public static void Add(ObjectGraphType<ServiceRequestView> type)
    {
        type.Field(r => r.TrackingCode);
        type.Field(r => r.ServiceCode);
        type.Field<NonNullGraphType<RequestStatusEnum>>("status").Resolve(c => c.Source.Status);
        type.Field(r => r.SubmittedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        type.Field(r => r.Deadline, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>))
            .Description("SLA deadline on the city's working calendar, counted from complete documents: from the submission, or from the last resubmission after a return.");
        type.Field<DateTimeOffsetGraphType>("closedAt").Resolve(c => c.Source.ClosedAt);
        type.Field<NonNullGraphType<BooleanGraphType>>("slaBreached").Resolve(c => c.Source.IsSlaBreached(c.Service<TimeProvider>().GetUtcNow()));
        type.Field<ReasonCodeEnum>("reasonCode").Description("RETURNED or REJECTED: the category of the reason; null otherwise.")
            .Resolve(c => c.Source.CurrentReason());
    }
}

public sealed class RequestPayloadType : ObjectGraphType<RequestPayload>
{
    public RequestPayloadType()
    {
        Name = "ServiceRequestPayload";
        Field<ServiceRequestType>("request").Resolve(c => c.Source.Request);
        this.ErrorsField(x => x.Errors);
    }
}
