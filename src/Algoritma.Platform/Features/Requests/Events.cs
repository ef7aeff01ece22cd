using Algoritma.Platform.Features.Catalog;

namespace Algoritma.Platform.Features.Requests;

/// <summary>
/// Why a request was returned or rejected, as a category the public status may show: the officer's own words
/// (which may hold a phone number or a family detail) stay with the citizen and the staff.
/// </summary>
public enum ReasonCode
{
    MissingDocument,
    InvalidDocument,
    OutOfJurisdiction,
    Other,
}

public enum RequestStatus
{
    Submitted,
    Returned,
    Verified,
    Completed,
    Rejected,
    Cancelled,
}

// The events of one service request's stream. They hold no personal data: the citizen is the
// pseudonymous analytics key (and the user id of an online account), never a NIK or a name.

public sealed record RequestSubmitted(
    Guid RequestId, string TrackingCode, string ServiceCode, int ServiceVersion, string UnitCode, Channel Channel,
    string CitizenKey, Guid? CitizenUserId, IReadOnlyList<string> Documents, DateTimeOffset At, DateTimeOffset Deadline, string ActorRole);

public sealed record RequestReturned(string Reason, string ActorRole, DateTimeOffset At, ReasonCode Code = ReasonCode.Other);

/// <summary>The documents completed: the SLA clock starts again, <paramref name="Deadline"/> counted from this instant
/// (none in a stream written before the rule: its deadline stays the first one).</summary>
public sealed record RequestResubmitted(IReadOnlyList<string> Documents, DateTimeOffset At, DateTimeOffset? Deadline = null);

public sealed record RequestVerified(string ActorRole, DateTimeOffset At);

public sealed record RequestCompleted(string ActorRole, DateTimeOffset At);

public sealed record RequestRejected(string Reason, string ActorRole, DateTimeOffset At, ReasonCode Code = ReasonCode.Other);

public sealed record RequestCancelled(DateTimeOffset At);

/// <summary>The IKM answers; <paramref name="RecordedByStaff"/> when an officer of the unit recorded the citizen's own answers.</summary>
public sealed record ServiceRated(IReadOnlyList<int> Scores, string ActorRole, DateTimeOffset At, bool RecordedByStaff = false);
