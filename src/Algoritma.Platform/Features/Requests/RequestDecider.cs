using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Satisfaction;

namespace Algoritma.Platform.Features.Requests;

/// <summary>What the decider knows of a request: folded from its events, never mutated in place.</summary>
public sealed record RequestState(
    RequestStatus Status, string ServiceCode, int ServiceVersion, string UnitCode, Channel Channel, string CitizenKey, Guid? CitizenUserId, bool Rated)
{
    public static RequestState? Initial => null;
}

/// <summary>A refused command: a stable code, a reason, and the input field it is about (when one is).</summary>
public sealed record DomainError(string Code, string Message, string? Field = null);

/// <summary>The events a command produces, or every reason it is refused.</summary>
public sealed record Decision(IReadOnlyList<object> Events, IReadOnlyList<DomainError> Errors)
{
    public static Decision Accept(params object[] events) => new(events, []);

    public static Decision Refuse(string code, string message) => new([], [new DomainError(code, message)]);

    public static Decision Refuse(IReadOnlyList<DomainError> errors) => new([], errors);

    public bool Accepted => Errors.Count == 0;

    /// <summary>The first reason of a refusal; null when accepted.</summary>
    public DomainError? Error => Accepted ? null : Errors[0];
}

/// <summary>
/// The life of a service request, decider style: submitted → (returned ↔ resubmitted) → verified →
/// completed | rejected; cancelled by its citizen before verification; rated once after completion by
/// its service user. A resubmission restarts the SLA clock. Every rule is here, pure: the handler looks up the facts
/// (the catalog, the unit, the citizen's key, the calendar) and writes what is decided.
/// </summary>
public static class RequestDecider
{
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string ReasonRequired = "REASON_REQUIRED";
    public const string NotOwner = "NOT_OWNER";
    public const string AlreadyRated = "ALREADY_RATED";
    public const string OutOfScope = "OUT_OF_SCOPE";
    public const string UnknownService = "UNKNOWN_SERVICE";
    public const string UnknownUnit = "UNKNOWN_UNIT";
    public const string NotOfferedAtUnit = "NOT_OFFERED_AT_UNIT";
    public const string UnitRetired = "UNIT_RETIRED";
    public const string NotOfferedThroughChannel = "NOT_OFFERED_THROUGH_CHANNEL";
    public const string MissingDocument = "MISSING_DOCUMENT";
    public const string UnknownDocument = "UNKNOWN_DOCUMENT";
    public const string CitizenAccountRequired = "CITIZEN_ACCOUNT_REQUIRED";

    private static readonly string[] ActingRoles = [Roles.Officer, Roles.CityAdmin, Roles.Citizen];

    /// <summary>The role a caller's step is recorded under: officer, city admin or citizen, else an integration's client.</summary>
    public static string RoleOf(Caller caller) => ActingRoles.FirstOrDefault(caller.IsInRole) ?? "client";

    /// <summary>
    /// A new request, given no stream: the service must exist and be offered at the unit and through the channel, the
    /// documents must be the standard's (every required one), and the caller must be who may submit for the citizen
    /// (<see cref="CitizenOf"/>). An unknown service or unit, or a retired unit, is refused alone; the other reasons all together.
    /// </summary>
    public static Decision Decide(SubmitRequest command, SubmissionFacts facts)
    {
        var errors = new List<DomainError>();
        if (facts.Offer is null)
        {
            errors.Add(new DomainError(UnknownService, $"The catalog has no service '{command.Service}'.", "service"));
        }

        if (facts.Unit is null)
        {
            errors.Add(new DomainError(UnknownUnit, $"This tenant has no unit '{command.Unit}'.", "unit"));
        }

        if (facts is not { Offer: { } offer, Unit: { } unit })
        {
            return Decision.Refuse(errors);
        }

        if (unit.Retired)
        {
            return Decision.Refuse([new DomainError(UnitRetired, $"{unit.Name} ({unit.Code}) is no longer an official unit; submit at its successor.", "unit")]);
        }

        var service = offer.Service;
        if (!service.IsOfferedAt(unit.Code, PublicService.LevelOf(unit.Kind)))
        {
            errors.Add(new DomainError(NotOfferedAtUnit, $"'{service.Name}' is not offered at {unit.Name}.", "unit"));
        }

        if (!service.Channels.Contains(command.Channel))
        {
            errors.Add(new DomainError(
                NotOfferedThroughChannel, $"'{service.Name}' is not offered through {command.Channel.ToString().ToUpperInvariant()}.", "channel"));
        }

        var version = offer.Standard
            ?? throw new InvalidOperationException($"Service '{service.Code}' has no standard version {service.CurrentVersion}.");
        var requirements = version.Standard.Requirements;
        errors.AddRange(requirements.Where(r => r.Required && !command.Documents.Contains(r.Code)).Select(r =>
            new DomainError(MissingDocument, $"Required document missing: {r.Name} ({r.Code}).", "documents")));
        errors.AddRange(command.Documents.Where(d => requirements.All(r => r.Code != d)).Select(d =>
            new DomainError(UnknownDocument, $"'{d}' is not a requirement of this service.", "documents")));
        var citizen = CitizenOf(command);
        if (citizen.Refusal is { } refusal)
        {
            errors.Add(refusal);
        }

        return errors.Count > 0
            ? Decision.Refuse(errors)
            : Decision.Accept(new RequestSubmitted(
                command.RequestId, command.TrackingCode, service.Code, version.Version, unit.Code, command.Channel, facts.CitizenKey!, citizen.AccountId,
                [.. command.Documents.Distinct()], command.At, SlaTerms.Of(version.Standard, facts.Calendar).DeadlineFrom(command.At), command.ActorRole));
    }

    /// <summary>A counter service: the submission's rules on the COUNTER channel, then verified and completed at once.</summary>
    public static Decision Decide(RecordCounterService command, SubmissionFacts facts)
    {
        var submitted = Decide(command.Submission with { Channel = Channel.Counter }, facts);
        return submitted.Accepted
            ? Decision.Accept([.. submitted.Events, new RequestVerified(command.ActorRole, command.At), new RequestCompleted(command.ActorRole, command.At)])
            : submitted;
    }

    /// <summary>
    /// Whom a submission is for, or why its caller may not make it: an ONLINE request is the signed-in citizen's own; a
    /// COUNTER, KIOSK or ASSISTED one is recorded by an officer whose scope covers the unit, for the citizen whose NIK is
    /// given (valid on the day of the submission).
    /// </summary>
    public static SubmittingCitizen CitizenOf(SubmitRequest command)
    {
        var caller = command.Caller;
        if (command.Channel == Channel.Online)
        {
            return caller.IsInRole(Roles.Citizen) && Guid.TryParse(caller.Subject, out var userId)
                ? new SubmittingCitizen(userId, null, null)
                : Refused(CitizenAccountRequired, "An ONLINE request is made by a signed-in citizen.", "channel");
        }

        if (!caller.Covers(command.Unit))
        {
            return Refused(OutOfScope, "Requests at this unit are recorded by its own officers.", "unit");
        }

        var nik = Nik.Validate(command.CitizenNik, DateOnly.FromDateTime(command.At.UtcDateTime));
        return nik.IsValid ? new SubmittingCitizen(null, nik.Normalized, null) : Refused(nik.ErrorCode!, nik.ErrorMessage!, "citizenNik");

        static SubmittingCitizen Refused(string code, string message, string field) => new(null, null, new DomainError(code, message, field));
    }

    /// <summary>
    /// Who may act on an existing request, asked before anything else (a caller out of scope learns nothing of the
    /// request, not even its version): staff within their unit scope; a citizen on their own request (else NOT_OWNER);
    /// the survey by its service user or an officer recording for them (<see cref="RespondentRefusal"/>). Null: allowed.
    /// </summary>
    public static DomainError? Refusal(RequestCommand command, RequestState state, Caller caller)
    {
        if (command is RateService rate)
        {
            return RespondentRefusal(rate, state) is { } error ? error with { Field = "requestId" } : null;
        }

        var owner = caller.IsInRole(Roles.Citizen) && Guid.TryParse(caller.Subject, out var id) && id == state.CitizenUserId;
        if (command is CancelRequest or ResubmitRequest && caller.IsInRole(Roles.Citizen) && !owner)
        {
            return new DomainError(NotOwner, "Only the citizen who submitted the request may act on it.", "requestId");
        }

        var allowed = command switch
        {
            CancelRequest or ResubmitRequest => owner,
            _ => caller.Covers(state.UnitCode),
        };
        return allowed ? null : new DomainError(OutOfScope, "This request is outside what your account may act on.", "requestId");
    }

    /// <summary>A command on an existing request, given its state.</summary>
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
        SubmitRequest or RecordCounterService => throw new ArgumentException("A submission starts a stream: it is decided on its facts.", nameof(command)),
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
