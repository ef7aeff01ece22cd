using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Catalog.GraphQL;
using Algoritma.Platform.Persistence;
using NodaTime;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary>Which requests of the staff's scope to list or follow: the <c>requests</c> query's and <c>requestQueueChanged</c>'s filter.</summary>
public sealed record RequestFilter(
    RequestStatus? Status, string? Service, string? Unit, Channel? Channel, DateTimeOffset? SubmittedFrom, DateTimeOffset? SubmittedTo, bool? SlaBreached,
    bool? DueToday = null)
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

    /// <summary>The requests that match, the SLA judged at <paramref name="now"/>, "today" the date in <paramref name="zone"/> (the city's).</summary>
    public IQueryable<ServiceRequestView> Apply(IQueryable<ServiceRequestView> views, DateTimeOffset now, DateTimeZone zone)
    {
        if (DueToday is { } dueToday)
        {
            var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
            var (start, end) = (zone.AtStartOfDay(today).ToDateTimeOffset(), zone.AtStartOfDay(today.PlusDays(1)).ToDateTimeOffset());
            views = dueToday
                ? views.WhereCaptured(v => v.ClosedAt == null && v.Deadline >= start && v.Deadline < end)
                : views.WhereCaptured(v => v.ClosedAt != null || v.Deadline < start || v.Deadline >= end);
        }

        if (Status is { } status)
        {
            views = views.WhereCaptured(v => v.Status == status);
        }

        if (Service is { } service)
        {
            views = views.WhereCaptured(v => v.ServiceCode == service);
        }

        if (Unit is { } unit)
        {
            views = views.WithinUnit(v => v.UnitCode, unit);
        }

        if (Channel is { } channel)
        {
            views = views.WhereCaptured(v => v.Channel == channel);
        }

        if (SubmittedFrom is { } from)
        {
            views = views.WhereCaptured(v => v.SubmittedAt >= from);
        }

        if (SubmittedTo is { } to)
        {
            views = views.WhereCaptured(v => v.SubmittedAt < to);
        }

        return SlaBreached switch
        {
            true => views.WhereCaptured(v => v.Status != RequestStatus.Cancelled && ((v.ClosedAt != null && v.ClosedAt > v.Deadline) || (v.ClosedAt == null && v.Deadline < now))),
            false => views.WhereCaptured(v => v.Status == RequestStatus.Cancelled || (v.ClosedAt != null && v.ClosedAt <= v.Deadline) || (v.ClosedAt == null && v.Deadline >= now)),
            null => views,
        };
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
        Field<BooleanGraphType>("dueToday").Description("true: open requests whose deadline falls on today's date in the city's time zone (breached or not: add slaBreached: false for those still on time); false: the others.");
    }
}
