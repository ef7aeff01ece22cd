using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Persistence;
using JasperFx.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Algoritma.Platform.Features.Requests;

public sealed record SubmitServiceRequestInput(
    string Service, string Unit, Channel Channel, IReadOnlyList<string> Documents, string? IdempotencyKey, string? CitizenNik)
{
    public const int MaxIdempotencyKey = 100;

    public List<UserError> BoundErrors() => new List<UserError>()
        .Text("service", Service, InputBounds.Code)
        .Text("unit", Unit, InputBounds.UnitCode)
        .Texts("documents", Documents, InputBounds.Items, InputBounds.Code)
        .Text("idempotencyKey", IdempotencyKey, MaxIdempotencyKey)
        .Text("citizenNik", CitizenNik, InputBounds.Code);
}

public sealed record RequestPayload(ServiceRequestView? Request, IReadOnlyList<UserError> Errors);

/// <summary>
/// Every use of a service, recorded as the events of one stream per request. Commands name the version they
/// saw; a stale one, or a writer that lost the race, gets CONFLICT and nothing is appended.
/// </summary>
public sealed class ServiceRequestHandler(
    Marten.IDocumentSession session, CurrentTenant current, CitizenKeys keys, TenantServices services, TenantCalendars calendars, TenantUnits units,
    TrackingCodes trackingCodes, PlatformDbContext db, TimeProvider clock)
{
    private const int TrackingCodeAttempts = 3;

    public Task<RequestPayload> SubmitAsync(SubmitServiceRequestInput input, Caller caller, CancellationToken cancellationToken) =>
        StartIdempotentlyAsync(input, caller, RequestDecider.Decide, cancellationToken);

    /// <summary>A walk-in served at the counter, recorded in one step, so counter and digital volumes compare.</summary>
    public Task<RequestPayload> RecordCounterServiceAsync(SubmitServiceRequestInput input, Caller caller, CancellationToken cancellationToken) =>
        StartIdempotentlyAsync(input with { Channel = Channel.Counter }, caller,
            (submission, facts) => RequestDecider.Decide(new RecordCounterService(submission), facts), cancellationToken);

    /// <summary>
    /// Starts a request's stream with what the decider makes of the submission. With an idempotency key the stream id is
    /// derived from the key and the caller, so the same key answers with the request it made the first time.
    /// </summary>
    private async Task<RequestPayload> StartIdempotentlyAsync(
        SubmitServiceRequestInput input, Caller caller, Func<SubmitRequest, SubmissionFacts, Decision> decide, CancellationToken cancellationToken)
    {
        if (input.BoundErrors() is { Count: > 0 } bounds)
        {
            return new RequestPayload(null, bounds);
        }

        var idempotent = input.IdempotencyKey is { Length: > 0 };
        var streamId = idempotent ? RequestIds.ForIdempotencyKey(current.Required.Id, caller.Subject!, input.IdempotencyKey!) : Guid.CreateVersion7();
        if (idempotent && await session.LoadAsync<ServiceRequestView>(streamId, cancellationToken) is { } existing)
        {
            return new RequestPayload(existing, []);
        }

        var submission = new SubmitRequest(
            streamId, trackingCodes.Next(), input.Service, input.Unit, input.Channel, input.Documents, input.CitizenNik, caller, clock.GetUtcNow());
        var decision = decide(submission, await FactsAsync(submission, cancellationToken));
        if (!decision.Accepted)
        {
            return new RequestPayload(null, [.. decision.Errors.Select(e => UserError.At(e.Field!, e.Code, e.Message))]);
        }

        return await StartAsync(streamId, decision.Events, idempotent, cancellationToken);
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

    public async Task<RequestPayload> DecideAsync(Guid streamId, long expectedVersion, RequestCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellationToken);
        if (events.Count == 0)
        {
            throw CodedError.NotFound("No such request in this tenant.");
        }

        // who may act comes first: a caller out of scope learns nothing of the request, not even its version
        var state = RequestDecider.Fold(events.Select(e => e.Data))!;
        command = await WithRespondentAsync(command, state, caller, cancellationToken);
        if (RequestDecider.Refusal(command, state, caller) is { } refusal)
        {
            return new RequestPayload(null, [UserError.At(refusal.Field!, refusal.Code, refusal.Message)]);
        }

        if (events[^1].Version != expectedVersion)
        {
            throw CodedError.Conflict($"The request changed: it is at version {events[^1].Version}, not {expectedVersion}. Reload it and try again.");
        }

        var decision = RequestDecider.Decide(await WithSlaTermsAsync(command, state, cancellationToken), state);
        if (!decision.Accepted)
        {
            return new RequestPayload(null, [new UserError(decision.Error!.Code, decision.Error.Message, ["input"])]);
        }

        session.Events.Append(streamId, expectedVersion + decision.Events.Count, [.. decision.Events]);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (IsConcurrencyFailure(exception))
        {
            throw CodedError.Conflict("Someone else changed the request at the same moment. Reload it and try again.");
        }

        return new RequestPayload(await session.LoadAsync<ServiceRequestView>(streamId, cancellationToken), []);
    }

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

        var version = await db.ServiceVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ServiceCode == state.ServiceCode && v.Version == state.ServiceVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Service '{state.ServiceCode}' has no standard version {state.ServiceVersion}.");
        return resubmit with { Sla = SlaTerms.Of(version.Standard, await calendars.CurrentAsync(cancellationToken)) };
    }

    /// <summary>
    /// Starts the request's stream with the decided events and saves it. A tracking code another request holds fails the
    /// whole save, and the request is started again under a new code; only when every attempt meets a taken code is it a
    /// conflict.
    /// </summary>
    private async Task<RequestPayload> StartAsync(Guid streamId, IReadOnlyList<object> events, bool idempotent, CancellationToken cancellationToken)
    {
        var submitted = (RequestSubmitted)events[0];
        for (var attempt = 1; ; attempt++)
        {
            var started = session.Events.StartStream<ServiceRequestView>(streamId, [submitted, .. events.Skip(1)]);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                // a stream of one event: the view Marten stored is its projection, no need to read it back
                return new RequestPayload(events.Count == 1
                    ? ServiceRequestProjection.Create((IEvent<RequestSubmitted>)started.Events[0])
                    : await session.LoadAsync<ServiceRequestView>(streamId, cancellationToken), []);
            }
            catch (Exception exception) when (IsTrackingCodeTaken(exception))
            {
                session.EjectAllPendingChanges();
                if (attempt == TrackingCodeAttempts)
                {
                    throw CodedError.Conflict("No free tracking code was found for the request. Submit it again.");
                }

                submitted = submitted with { TrackingCode = trackingCodes.Next() };
            }
            catch (Exception exception) when (idempotent && IsConcurrencyFailure(exception))
            {
                // the same idempotency key won a race a moment ago: answer with the request it created
                return new RequestPayload(await session.LoadAsync<ServiceRequestView>(streamId, cancellationToken), []);
            }
        }
    }

    private static bool IsTrackingCodeTaken(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: EventStoreSchema.TrackingCodeIndex })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConcurrencyFailure(Exception exception) =>
        IsConcurrency(exception) || (exception.InnerException is { } inner && IsConcurrency(inner));

    private static bool IsConcurrency(Exception exception) => exception
        is JasperFx.ConcurrencyException
        or EventStreamUnexpectedMaxEventIdException
        or ExistingStreamIdCollisionException
        or Marten.Exceptions.ExistingStreamIdCollisionException;
}
