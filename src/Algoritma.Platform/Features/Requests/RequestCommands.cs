using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests.Sla;

namespace Algoritma.Platform.Features.Requests;

// The commands of a request's life, as the decider reads them. Fields the handler names (facts it looked up) say so.

public abstract record RequestCommand(string ActorRole, DateTimeOffset At);

/// <summary>
/// A new request under <paramref name="RequestId"/> and <paramref name="TrackingCode"/> (the handler draws both): ONLINE by
/// a signed-in citizen; COUNTER, KIOSK, ASSISTED by an officer of the unit for the citizen whose NIK is given.
/// </summary>
public sealed record SubmitRequest(
    Guid RequestId, string TrackingCode, string Service, string Unit, Channel Channel, IReadOnlyList<string> Documents, string? CitizenNik,
    Caller Caller, DateTimeOffset At) : RequestCommand(RequestDecider.RoleOf(Caller), At);

/// <summary>A walk-in served at the counter, recorded in one step: its submission on the COUNTER channel, verified and completed.</summary>
public sealed record RecordCounterService(SubmitRequest Submission) : RequestCommand(Submission.ActorRole, Submission.At);

/// <summary>
/// What a submission is decided on besides its command, looked up by the handler: the service with its current standard
/// and the unit (null: no such one in this tenant), the analytics key of the citizen it is for (looked up only for a
/// service and unit that exist, and only for a citizen <see cref="RequestDecider.CitizenOf"/> names), and the tenant's
/// working calendar the SLA deadline is counted on.
/// </summary>
public sealed record SubmissionFacts(ServiceWithStandard? Offer, UnitSummary? Unit, string? CitizenKey, WorkingCalendar Calendar);

/// <summary>
/// Whom a submission is for: the signed-in citizen's account (ONLINE) or the holder of a valid NIK (the other channels,
/// <paramref name="Nik"/> normalized, never stored), or why its caller may not make it.
/// </summary>
public sealed record SubmittingCitizen(Guid? AccountId, string? Nik, DomainError? Refusal);

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
