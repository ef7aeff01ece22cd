using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Satisfaction;

namespace Algoritma.Platform.Features.Requests;

/// <summary>What the decider knows of a request: folded from its events, never mutated in place.</summary>
public sealed record RequestState(
    RequestStatus Status, string ServiceCode, int ServiceVersion, string UnitCode, Channel Channel, string CitizenKey, Guid? CitizenUserId, bool Rated)
{
    public static RequestState? Initial => null;
}

/// <summary>A refused command: a stable code and a reason; nothing is appended.</summary>
public sealed record DomainError(string Code, string Message);

/// <summary>The events a command produces, or why it is refused.</summary>
public sealed record Decision(IReadOnlyList<object> Events, DomainError? Error)
{
    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Refuse(string code, string message) => new([], new DomainError(code, message));

    public bool Accepted => Error is null;
}

public abstract record RequestCommand(string ActorRole, DateTimeOffset At);

public sealed record ReturnRequest(string Reason, string ActorRole, DateTimeOffset At, ReasonCode Code = ReasonCode.Other) : RequestCommand(ActorRole, At);

/// <summary>The citizen completes a returned request; <paramref name="Sla"/> (the handler names it) restarts the clock.</summary>
public sealed record ResubmitRequest(IReadOnlyList<string> Documents, Guid CitizenUserId, DateTimeOffset At, SlaTerms? Sla = null) : RequestCommand("citizen", At);

public sealed record VerifyRequest(string ActorRole, DateTimeOffset At) : RequestCommand(ActorRole, At);

public sealed record CompleteRequest(string ActorRole, DateTimeOffset At) : RequestCommand(ActorRole, At);

public sealed record RejectRequest(string Reason, string ActorRole, DateTimeOffset At, ReasonCode Code = ReasonCode.Other) : RequestCommand(ActorRole, At);

public sealed record CancelRequest(Guid CitizenUserId, DateTimeOffset At) : RequestCommand("citizen", At);

/// <summary>The IKM survey's answers and who gives them (<paramref name="By"/>, named by the handler; none is no one).</summary>
public sealed record RateService(IReadOnlyList<int> Scores, string ActorRole, DateTimeOffset At, Respondent? By = null) : RequestCommand(ActorRole, At);

/// <summary>
/// Who answers the IKM survey: a signed-in citizen (their account and analytics key), or staff, with whether they are an
/// officer whose scope covers the request's unit.
/// </summary>
public sealed record Respondent(Guid? CitizenUserId, string? CitizenKey, bool OfficerOfUnit)
{
    public static Respondent Citizen(Guid userId, string? citizenKey) => new(userId, citizenKey, false);

    public static Respondent Staff(bool officerOfUnit) => new(null, null, officerOfUnit);
}

/// <summary>
/// The life of a service request, decider style: submitted → (returned ↔ resubmitted) → verified →
/// completed | rejected; cancelled by its citizen before verification; rated once after completion by
/// its service user. A resubmission restarts the SLA clock.
/// </summary>
public static class RequestDecider
{
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string ReasonRequired = "REASON_REQUIRED";
    public const string NotOwner = "NOT_OWNER";
    public const string AlreadyRated = "ALREADY_RATED";
    public const string OutOfScope = "OUT_OF_SCOPE";

    public static Decision Decide(RequestCommand command, RequestState state) => command switch
    {
        ReturnRequest c => state.Status == RequestStatus.Submitted
            ? WithReason(c.Reason, () => new RequestReturned(c.Reason.Trim(), c.ActorRole, c.At, c.Code))
            : Wrong(state, "returned for completion"),
        ResubmitRequest c => state.Status != RequestStatus.Returned ? Wrong(state, "resubmitted")
            : state.CitizenUserId != c.CitizenUserId ? Refuse(NotOwner, "Only the citizen who submitted the request may resubmit it.")
            : Decision.Accept(Resubmitted(c)),
        VerifyRequest c => state.Status == RequestStatus.Submitted
            ? Decision.Accept(new RequestVerified(c.ActorRole, c.At))
            : Wrong(state, "verified"),
        CompleteRequest c => state.Status == RequestStatus.Verified
            ? Decision.Accept(new RequestCompleted(c.ActorRole, c.At))
            : Wrong(state, "completed"),
        RejectRequest c => state.Status is RequestStatus.Submitted or RequestStatus.Verified
            ? WithReason(c.Reason, () => new RequestRejected(c.Reason.Trim(), c.ActorRole, c.At, c.Code))
            : Wrong(state, "rejected"),
        CancelRequest c => state.Status is not (RequestStatus.Submitted or RequestStatus.Returned) ? Wrong(state, "cancelled")
            : state.CitizenUserId != c.CitizenUserId ? Refuse(NotOwner, "Only the citizen who submitted the request may cancel it.")
            : Decision.Accept(new RequestCancelled(c.At)),
        RateService c => Rate(c, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown command."),
    };

    public static RequestState? Evolve(RequestState? state, object @event) => @event switch
    {
        RequestSubmitted e => new RequestState(
            RequestStatus.Submitted, e.ServiceCode, e.ServiceVersion, e.UnitCode, e.Channel, e.CitizenKey, e.CitizenUserId, false),
        RequestReturned => state! with { Status = RequestStatus.Returned },
        RequestResubmitted => state! with { Status = RequestStatus.Submitted },
        RequestVerified => state! with { Status = RequestStatus.Verified },
        RequestCompleted => state! with { Status = RequestStatus.Completed },
        RequestRejected => state! with { Status = RequestStatus.Rejected },
        RequestCancelled => state! with { Status = RequestStatus.Cancelled },
        ServiceRated => state! with { Rated = true },
        _ => state,
    };

    public static RequestState? Fold(IEnumerable<object> events) => events.Aggregate(RequestState.Initial, Evolve);

    /// <summary>
    /// Whether <paramref name="respondent"/> may answer the survey of this request, and whether as staff recording the
    /// citizen's own answers (PermenPANRB 14/2017: the survey is answered by the service user). ONLINE: only the citizen
    /// who submitted it. COUNTER, KIOSK, ASSISTED: the citizen served (their account, or the analytics key of their NIK),
    /// or an officer of the unit recording the citizen's answers from a paper or tablet survey. Anyone else: null.
    /// </summary>
    public static bool? RecordedByStaff(RequestState state, Respondent? respondent)
    {
        if (respondent is null)
        {
            return null;
        }

        var submitter = respondent.CitizenUserId is { } user && user == state.CitizenUserId;
        if (state.Channel == Channel.Online)
        {
            return submitter ? false : null;
        }

        var served = submitter || (respondent.CitizenUserId is not null && respondent.CitizenKey is { } key && key == state.CitizenKey);
        return served ? false : respondent.OfficerOfUnit ? true : null;
    }

    /// <summary>The refusal of a respondent who is not the service user nor an officer recording for them, or null.</summary>
    public static DomainError? RespondentRefusal(RateService command, RequestState state) =>
        RecordedByStaff(state, command.By) is null
            ? new DomainError(OutOfScope, state.Channel == Channel.Online
                ? "The IKM survey of an ONLINE request is answered by the citizen who submitted it."
                : "The IKM survey is answered by the citizen served, or recorded from their answers by an officer of the unit.")
            : null;

    private static RequestResubmitted Resubmitted(ResubmitRequest command) => new(
        command.Documents, command.At,
        (command.Sla ?? throw new InvalidOperationException("A resubmission needs the SLA terms its clock restarts on.")).DeadlineFrom(command.At));

    private static Decision Rate(RateService command, RequestState state)
    {
        if (RespondentRefusal(command, state) is { } refusal)
        {
            return Refuse(refusal.Code, refusal.Message);
        }

        if (state.Status != RequestStatus.Completed)
        {
            return Wrong(state, "rated");
        }

        if (state.Rated)
        {
            return Refuse(AlreadyRated, "This request has already been rated; a request is rated once.");
        }

        var answers = IkmAnswers.Validate(command.Scores);
        return answers.IsValid
            ? Decision.Accept(new ServiceRated(command.Scores, command.ActorRole, command.At, RecordedByStaff(state, command.By) == true))
            : Refuse(answers.ErrorCode!, answers.ErrorMessage!);
    }

    private static Decision WithReason(string reason, Func<object> @event) =>
        string.IsNullOrWhiteSpace(reason) ? Refuse(ReasonRequired, "Give the citizen a reason.") : Decision.Accept(@event());

    private static Decision Wrong(RequestState state, string what) =>
        Refuse(InvalidTransition, $"A request that is {state.Status.ToString().ToUpperInvariant()} cannot be {what}.");

    private static Decision Refuse(string code, string message) => Decision.Refuse(code, message);
}
