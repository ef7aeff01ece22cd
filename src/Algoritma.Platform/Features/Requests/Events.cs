namespace Algoritma.Platform.Features.Requests;

/// <summary>How a service was used: digital channels count towards digital take-up.</summary>
public enum Channel
{
    Online,
    Counter,
    Kiosk,
    Assisted,
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

public sealed record RequestReturned(string Reason, string ActorRole, DateTimeOffset At);

public sealed record RequestResubmitted(IReadOnlyList<string> Documents, DateTimeOffset At);

public sealed record RequestVerified(string ActorRole, DateTimeOffset At);

public sealed record RequestCompleted(string ActorRole, DateTimeOffset At);

public sealed record RequestRejected(string Reason, string ActorRole, DateTimeOffset At);

public sealed record RequestCancelled(DateTimeOffset At);

public sealed record ServiceRated(IReadOnlyList<int> Scores, string ActorRole, DateTimeOffset At);
