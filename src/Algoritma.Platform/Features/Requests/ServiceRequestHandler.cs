using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using JasperFx.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;

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
        StartIdempotentlyAsync(input, caller, _ => [], cancellationToken);

    /// <summary>A walk-in served at the counter, recorded in one step, so counter and digital volumes compare.</summary>
    public Task<RequestPayload> RecordCounterServiceAsync(SubmitServiceRequestInput input, Caller caller, CancellationToken cancellationToken) =>
        StartIdempotentlyAsync(input with { Channel = Channel.Counter }, caller, now =>
        {
            var role = RoleOf(caller);
            return [new RequestVerified(role, now), new RequestCompleted(role, now)];
        }, cancellationToken);

    /// <summary>
    /// Starts a request's stream with the submission and the events that follow it at once. With an idempotency key the
    /// stream id is derived from the key and the caller, so the same key answers with the request it made the first time.
    /// </summary>
    private async Task<RequestPayload> StartIdempotentlyAsync(
        SubmitServiceRequestInput input, Caller caller, Func<DateTimeOffset, object[]> then, CancellationToken cancellationToken)
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

        var (submitted, errors) = await PrepareAsync(streamId, input, caller, cancellationToken);
        if (errors.Count > 0)
        {
            return new RequestPayload(null, errors);
        }

        return await StartAsync(streamId, submitted!, then(clock.GetUtcNow()), idempotent, cancellationToken);
    }

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
        if (Refusal(command, state, caller) is { } refusal)
        {
            return new RequestPayload(null, [refusal]);
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

    public static string RoleOf(Caller caller) =>
        new[] { Roles.Officer, Roles.CityAdmin, Roles.Citizen }.FirstOrDefault(caller.IsInRole) ?? "client";

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
    /// Who may do what: staff within their unit scope; a citizen on their own request (else NOT_OWNER); the survey by its
    /// service user or an officer recording for them (the decider's rule).
    /// </summary>
    private static UserError? Refusal(RequestCommand command, RequestState state, Caller caller)
    {
        if (command is RateService rate)
        {
            return RequestDecider.RespondentRefusal(rate, state) is { } error ? new UserError(error.Code, error.Message, ["input", "requestId"]) : null;
        }

        var owner = caller.IsInRole(Roles.Citizen) && Guid.TryParse(caller.Subject, out var id) && id == state.CitizenUserId;
        if (command is CancelRequest or ResubmitRequest && caller.IsInRole(Roles.Citizen) && !owner)
        {
            return new UserError(RequestDecider.NotOwner, "Only the citizen who submitted the request may act on it.", ["input", "requestId"]);
        }

        var allowed = command switch
        {
            CancelRequest or ResubmitRequest => owner,
            _ => caller.Covers(state.UnitCode),
        };
        return allowed ? null : new UserError("OUT_OF_SCOPE", "This request is outside what your account may act on.", ["input", "requestId"]);
    }

    private async Task<(RequestSubmitted? Submitted, List<UserError> Errors)> PrepareAsync(
        Guid streamId, SubmitServiceRequestInput input, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        var offer = await services.FindAsync(input.Service, cancellationToken);
        var service = offer?.Service;
        var unit = await units.FindAsync(input.Unit, cancellationToken);
        if (service is null)
        {
            errors.Add(UserError.At("service", "UNKNOWN_SERVICE", $"The catalog has no service '{input.Service}'."));
        }

        if (unit is null)
        {
            errors.Add(UserError.At("unit", "UNKNOWN_UNIT", $"This tenant has no unit '{input.Unit}'."));
        }

        if (service is null || unit is null)
        {
            return (null, errors);
        }

        if (!service.IsOfferedAt(unit.Code, PublicService.LevelOf(unit.Kind)))
        {
            errors.Add(UserError.At("unit", "NOT_OFFERED_AT_UNIT", $"'{service.Name}' is not offered at {unit.Name}."));
        }

        if (!service.Channels.Contains(input.Channel))
        {
            errors.Add(UserError.At("channel", "NOT_OFFERED_THROUGH_CHANNEL", $"'{service.Name}' is not offered through {input.Channel.ToString().ToUpperInvariant()}."));
        }

        var version = offer!.Standard
            ?? throw new InvalidOperationException($"Service '{service.Code}' has no standard version {service.CurrentVersion}.");
        errors.AddRange(version.Standard.Requirements.Where(r => r.Required && !input.Documents.Contains(r.Code)).Select(r =>
            UserError.At("documents", "MISSING_DOCUMENT", $"Required document missing: {r.Name} ({r.Code}).")));
        errors.AddRange(input.Documents.Where(d => version.Standard.Requirements.All(r => r.Code != d)).Select(d =>
            UserError.At("documents", "UNKNOWN_DOCUMENT", $"'{d}' is not a requirement of this service.")));

        (string? citizenKey, Guid? citizenUserId) = input.Channel == Channel.Online
            ? await OnlineCitizenAsync(caller, errors, cancellationToken)
            : await AssistedCitizenAsync(input, caller, unit.Code, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        var deadline = await DeadlineAsync(now, version.Standard, cancellationToken);
        return (new RequestSubmitted(streamId, trackingCodes.Next(), service.Code, version.Version, unit.Code, input.Channel,
            citizenKey!, citizenUserId, [.. input.Documents.Distinct()], now, deadline, RoleOf(caller)), errors);
    }

    /// <summary>An ONLINE request is made by the signed-in citizen, under their account's analytics key.</summary>
    private async Task<(string? Key, Guid? UserId)> OnlineCitizenAsync(Caller caller, List<UserError> errors, CancellationToken cancellationToken)
    {
        if (!caller.IsInRole(Roles.Citizen) || !Guid.TryParse(caller.Subject, out var userId))
        {
            errors.Add(UserError.At("channel", "CITIZEN_ACCOUNT_REQUIRED", "An ONLINE request is made by a signed-in citizen."));
            return (null, null);
        }

        return (await keys.KeyOfCallerAsync(caller, userId, cancellationToken), userId);
    }

    /// <summary>Counter, kiosk, assisted: an officer of the unit, for the citizen whose NIK is given.</summary>
    private async Task<(string? Key, Guid? UserId)> AssistedCitizenAsync(
        SubmitServiceRequestInput input, Caller caller, string unitCode, List<UserError> errors, CancellationToken cancellationToken)
    {
        if (!caller.Covers(unitCode))
        {
            errors.Add(UserError.At("unit", "OUT_OF_SCOPE", "Requests at this unit are recorded by its own officers."));
            return (null, null);
        }

        var nik = Nik.Validate(input.CitizenNik, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!nik.IsValid)
        {
            errors.Add(UserError.At("citizenNik", nik.ErrorCode!, nik.ErrorMessage!));
            return (null, null);
        }

        return (await keys.KeyForAsync(nik.Normalized!, cancellationToken), null);
    }

    private async Task<DateTimeOffset> DeadlineAsync(DateTimeOffset now, ServiceStandard standard, CancellationToken cancellationToken)
    {
        return SlaTerms.Of(standard, await calendars.CurrentAsync(cancellationToken)).DeadlineFrom(now);
    }

    /// <summary>
    /// Starts the request's stream and saves it. A tracking code another request holds fails the whole save, and the
    /// request is started again under a new code; only when every attempt meets a taken code is it a conflict.
    /// </summary>
    private async Task<RequestPayload> StartAsync(
        Guid streamId, RequestSubmitted submitted, object[] then, bool idempotent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var started = session.Events.StartStream<ServiceRequestView>(streamId, [submitted, .. then]);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                // a stream of one event: the view Marten stored is its projection, no need to read it back
                return new RequestPayload(then.Length == 0
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
