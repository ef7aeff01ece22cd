using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Persistence;
using JasperFx.Events;
using Marten.Events.Aggregation;
using NodaTime;

namespace Algoritma.Platform.Features.Requests;

/// <summary>
/// One step of a request's life. <paramref name="Note"/> is the officer's own words (the owner and staff only);
/// <paramref name="Reason"/> its category; <paramref name="Deadline"/> the SLA deadline a submission or resubmission set.
/// </summary>
public sealed record HistoryEntry(
    string Event, DateTimeOffset At, string ActorRole, string? Note, ReasonCode? Reason = null, DateTimeOffset? Deadline = null, bool RecordedByStaff = false);

/// <summary>The read model of one request, kept by Marten in the same transaction as its events.</summary>
public sealed class ServiceRequestView
{
    private DateTimeOffset _submittedAt;

    public Guid Id { get; set; }

    public string TrackingCode { get; set; } = string.Empty;

    public string ServiceCode { get; set; } = string.Empty;

    public int ServiceVersion { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public Channel Channel { get; set; }

    public RequestStatus Status { get; set; }

    public string CitizenKey { get; set; } = string.Empty;

    public Guid? CitizenUserId { get; set; }

    public List<string> Documents { get; set; } = [];

    /// <summary>
    /// At the microsecond PostgreSQL keeps (<see cref="StoredInstants"/>), also when read from a document stored before:
    /// the duplicated column Npgsql writes (truncating), the JSON, the column filled from older JSON by the migration
    /// and a page's cursor then hold one and the same microsecond.
    /// </summary>
    public DateTimeOffset SubmittedAt { get => _submittedAt; set => _submittedAt = StoredInstants.AtStoredPrecision(value); }

    /// <summary>When the SLA clock last started: the submission, or the last resubmission with complete documents.</summary>
    public DateTimeOffset SlaStartedAt { get; set; }

    public DateTimeOffset Deadline { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public List<int>? Scores { get; set; }

    /// <summary>The IKM answers were recorded by an officer of the unit from the citizen's own answers.</summary>
    public bool RatedByStaff { get; set; }

    /// <summary>The category of the current return or rejection; null in any other status.</summary>
    public ReasonCode? CurrentReason() => Status is RequestStatus.Returned or RequestStatus.Rejected
        ? History.LastOrDefault(h => h.Event is "RETURNED" or "REJECTED")?.Reason ?? ReasonCode.Other
        : null;

    /// <summary>The stream version this view reflects: what a command must name as its expected version.</summary>
    public long Version { get; set; }

    public List<HistoryEntry> History { get; set; } = [];

    /// <summary>A cancelled request breaches nothing; otherwise the calculator's rule, closed or still open.</summary>
    public bool IsSlaBreached(DateTimeOffset now) =>
        Status != RequestStatus.Cancelled
        && Sla.SlaCalculator.IsBreached(Instant.FromDateTimeOffset(Deadline), ClosedAt is { } closed ? Instant.FromDateTimeOffset(closed) : null, Instant.FromDateTimeOffset(now));
}

public sealed class ServiceRequestProjection : SingleStreamProjection<ServiceRequestView, Guid>
{
    public static ServiceRequestView Create(IEvent<RequestSubmitted> submitted)
    {
        var e = submitted.Data;
        return new ServiceRequestView
        {
            Id = e.RequestId, TrackingCode = e.TrackingCode, ServiceCode = e.ServiceCode, ServiceVersion = e.ServiceVersion,
            UnitCode = e.UnitCode, Channel = e.Channel, Status = RequestStatus.Submitted, CitizenKey = e.CitizenKey,
            CitizenUserId = e.CitizenUserId, Documents = [.. e.Documents], SubmittedAt = e.At, SlaStartedAt = e.At, Deadline = e.Deadline,
            Version = submitted.Version, History = [new HistoryEntry("SUBMITTED", e.At, e.ActorRole, null, Deadline: e.Deadline)],
        };
    }

    public static void Apply(IEvent<RequestReturned> e, ServiceRequestView view) =>
        Record(view, e, RequestStatus.Returned, new HistoryEntry("RETURNED", e.Data.At, e.Data.ActorRole, e.Data.Reason, e.Data.Code));

    public static void Apply(IEvent<RequestResubmitted> e, ServiceRequestView view)
    {
        view.Documents = [.. e.Data.Documents];
        if (e.Data.Deadline is { } deadline)
        {
            view.SlaStartedAt = e.Data.At;
            view.Deadline = deadline;
        }

        Record(view, e, RequestStatus.Submitted, new HistoryEntry("RESUBMITTED", e.Data.At, "citizen", null, Deadline: e.Data.Deadline));
    }

    public static void Apply(IEvent<RequestVerified> e, ServiceRequestView view) =>
        Record(view, e, RequestStatus.Verified, "VERIFIED", e.Data.At, e.Data.ActorRole, null);

    public static void Apply(IEvent<RequestCompleted> e, ServiceRequestView view)
    {
        view.ClosedAt = e.Data.At;
        Record(view, e, RequestStatus.Completed, "COMPLETED", e.Data.At, e.Data.ActorRole, null);
    }

    public static void Apply(IEvent<RequestRejected> e, ServiceRequestView view)
    {
        view.ClosedAt = e.Data.At;
        Record(view, e, RequestStatus.Rejected, new HistoryEntry("REJECTED", e.Data.At, e.Data.ActorRole, e.Data.Reason, e.Data.Code));
    }

    public static void Apply(IEvent<RequestCancelled> e, ServiceRequestView view)
    {
        view.ClosedAt = e.Data.At;
        Record(view, e, RequestStatus.Cancelled, "CANCELLED", e.Data.At, "citizen", null);
    }

    public static void Apply(IEvent<ServiceRated> e, ServiceRequestView view)
    {
        view.Scores = [.. e.Data.Scores];
        view.RatedByStaff = e.Data.RecordedByStaff;
        Record(view, e, view.Status, new HistoryEntry("RATED", e.Data.At, e.Data.ActorRole, null, RecordedByStaff: e.Data.RecordedByStaff));
    }

    private static void Record(ServiceRequestView view, IEvent e, RequestStatus status, string name, DateTimeOffset at, string role, string? note) =>
        Record(view, e, status, new HistoryEntry(name, at, role, note));

    private static void Record(ServiceRequestView view, IEvent e, RequestStatus status, HistoryEntry entry)
    {
        view.Status = status;
        view.Version = e.Version;
        view.History.Add(entry);
    }
}
