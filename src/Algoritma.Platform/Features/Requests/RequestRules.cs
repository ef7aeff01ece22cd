using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Requests;

/// <summary>What a command was ruled to append, or every reason (as the payload's errors) it is refused.</summary>
public sealed record RuledCommand(IReadOnlyList<object> Events, IReadOnlyList<UserError> Errors)
{
    public bool Accepted => Errors.Count == 0;

    public static RuledCommand Refused(IReadOnlyList<UserError> errors) => new([], errors);
}

/// <summary>
/// Validation and decision of every request command, shared by <see cref="ServiceRequestHandler"/> and the simulator's
/// batched path: the input's bounds, the facts from the tenant's caches, who may act, and <see cref="RequestDecider"/>.
/// It reads but writes nothing: where the request's state comes from and how the events are saved is the caller's.
/// </summary>
public sealed class RequestRules(
    CitizenKeys keys, TenantServices services, TenantCalendars calendars, TenantUnits units, TrackingCodes trackingCodes, PlatformDbContext db)
{
    // a standard version never changes once made: read once per scope (the simulator's batch resubmits hundreds of requests)
    private readonly Dictionary<(string Service, int Version), ServiceStandardVersion> _versions = [];

    /// <summary>A new request <paramref name="streamId"/> at <paramref name="at"/>: submitted, or served at the counter in one step.</summary>
    public async Task<RuledCommand> SubmissionAsync(
        SubmitServiceRequestInput input, Caller caller, Guid streamId, DateTimeOffset at, bool atCounter, CancellationToken cancellationToken)
    {
        if (input.BoundErrors() is { Count: > 0 } bounds)
        {
            return RuledCommand.Refused(bounds);
        }

        var submission = new SubmitRequest(streamId, trackingCodes.Next(), input.Service, input.Unit, atCounter ? Channel.Counter : input.Channel,
            input.Documents, input.CitizenNik, caller, at);
        var facts = await FactsAsync(submission, cancellationToken);
        var decision = atCounter ? RequestDecider.Decide(new RecordCounterService(submission), facts) : RequestDecider.Decide(submission, facts);
        return decision.Accepted
            ? new RuledCommand(decision.Events, [])
            : RuledCommand.Refused([.. decision.Errors.Select(e => UserError.At(e.Field!, e.Code, e.Message))]);
    }

    /// <summary>The submission again under a new tracking code, when its code turned out to be taken.</summary>
    public RequestSubmitted WithNewTrackingCode(RequestSubmitted submitted) => submitted with { TrackingCode = trackingCodes.Next() };

    /// <summary>
    /// A command on an existing request in <paramref name="state"/> at <paramref name="version"/>. Who may act comes first: a
    /// caller out of scope learns nothing of the request, not even its version; then a stale <paramref name="expectedVersion"/>
    /// is a CONFLICT; then the decider's rules.
    /// </summary>
    public async Task<RuledCommand> CommandAsync(
        RequestCommand command, RequestState state, long version, long expectedVersion, Caller caller, CancellationToken cancellationToken)
    {
        command = await WithRespondentAsync(command, state, caller, cancellationToken);
        if (RequestDecider.Refusal(command, state, caller) is { } refusal)
        {
            return RuledCommand.Refused([UserError.At(refusal.Field!, refusal.Code, refusal.Message)]);
        }

        if (version != expectedVersion)
        {
            throw CodedError.Conflict($"The request changed: it is at version {version}, not {expectedVersion}. Reload it and try again.");
        }

        var decision = RequestDecider.Decide(await WithSlaTermsAsync(command, state, cancellationToken), state);
        return decision.Accepted
            ? new RuledCommand(decision.Events, [])
            : RuledCommand.Refused([new UserError(decision.Error!.Code, decision.Error.Message, ["input"])]);
    }

    /// <summary>What the decider needs beside the submission, from the tenant's caches (and the citizen's key from their token).</summary>
    private async Task<SubmissionFacts> FactsAsync(SubmitRequest submission, CancellationToken cancellationToken)
    {
        var offer = await services.FindAsync(submission.Service, cancellationToken);
        var unit = await units.FindAsync(submission.Unit, cancellationToken);
        // no key is looked up (nor the tenant's analytics secret created) for a submission refused on its service or unit
        var citizenKey = offer is null || unit is null ? null : await CitizenKeyAsync(submission, cancellationToken);
        return new SubmissionFacts(offer, unit, citizenKey, await calendars.CurrentAsync(cancellationToken));
    }

    private async Task<string?> CitizenKeyAsync(SubmitRequest submission, CancellationToken cancellationToken) => RequestDecider.CitizenOf(submission) switch
    {
        { Refusal: not null } => null,
        { AccountId: { } userId } => await keys.KeyOfCallerAsync(submission.Caller, userId, cancellationToken),
        { Nik: { } nik } => await keys.KeyForAsync(nik, cancellationToken),
        _ => null,
    };

    /// <summary>The survey's respondent: the signed-in citizen (with their analytics key when it may name them), or staff.</summary>
    private async Task<RequestCommand> WithRespondentAsync(RequestCommand command, RequestState state, Caller caller, CancellationToken cancellationToken)
    {
        if (command is not RateService rate)
        {
            return command;
        }

        if (caller.IsInRole(Roles.Citizen) && Guid.TryParse(caller.Subject, out var userId))
        {
            var byKey = state.Channel != Channel.Online && userId != state.CitizenUserId;
            return rate with { By = Respondent.Citizen(userId, byKey ? await keys.KeyOfCallerAsync(caller, userId, cancellationToken) : null) };
        }

        return rate with { By = Respondent.Staff(caller.IsInRole(Roles.Officer) && caller.Covers(state.UnitCode)) };
    }

    /// <summary>A resubmission restarts the SLA clock on the request's own standard and today's working calendar.</summary>
    private async Task<RequestCommand> WithSlaTermsAsync(RequestCommand command, RequestState state, CancellationToken cancellationToken)
    {
        if (command is not ResubmitRequest { Sla: null } resubmit || state.Status != RequestStatus.Returned)
        {
            return command;
        }

        var key = (state.ServiceCode, state.ServiceVersion);
        if (!_versions.TryGetValue(key, out var version))
        {
            version = await db.ServiceVersions.AsNoTracking()
                .FirstOrDefaultAsync(v => v.ServiceCode == state.ServiceCode && v.Version == state.ServiceVersion, cancellationToken)
                ?? throw new InvalidOperationException($"Service '{state.ServiceCode}' has no standard version {state.ServiceVersion}.");
            _versions[key] = version;
        }

        return resubmit with { Sla = SlaTerms.Of(version.Standard, await calendars.CurrentAsync(cancellationToken)) };
    }
}
