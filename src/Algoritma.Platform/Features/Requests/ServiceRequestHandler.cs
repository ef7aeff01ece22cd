using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Persistence;
using JasperFx.Events;
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
/// saw; a stale one, or a writer that lost the race, gets CONFLICT and nothing is appended. What a command may do is
/// <see cref="RequestRules"/>' (shared with the simulator's batched path); the handler reads the stream and saves.
/// </summary>
public sealed class ServiceRequestHandler(Marten.IDocumentSession session, CurrentTenant current, RequestRules rules, TimeProvider clock)
{
    private const int TrackingCodeAttempts = 3;

    public Task<RequestPayload> SubmitAsync(SubmitServiceRequestInput input, Caller caller, CancellationToken cancellationToken) =>
        StartIdempotentlyAsync(input, caller, atCounter: false, cancellationToken);

    /// <summary>A walk-in served at the counter, recorded in one step, so counter and digital volumes compare.</summary>
    public Task<RequestPayload> RecordCounterServiceAsync(SubmitServiceRequestInput input, Caller caller, CancellationToken cancellationToken) =>
        StartIdempotentlyAsync(input with { Channel = Channel.Counter }, caller, atCounter: true, cancellationToken);

    /// <summary>
    /// Starts a request's stream with what the rules make of the submission. With an idempotency key the stream id is
    /// derived from the key and the caller, so the same key answers with the request it made the first time.
    /// </summary>
    private async Task<RequestPayload> StartIdempotentlyAsync(SubmitServiceRequestInput input, Caller caller, bool atCounter, CancellationToken cancellationToken)
    {
        // the bounds come before the idempotency key is used for a lookup
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

        var ruled = await rules.SubmissionAsync(input, caller, streamId, clock.GetUtcNow(), atCounter, cancellationToken);
        return ruled.Accepted ? await StartAsync(streamId, ruled.Events, idempotent, cancellationToken) : new RequestPayload(null, ruled.Errors);
    }

    public async Task<RequestPayload> DecideAsync(Guid streamId, long expectedVersion, RequestCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellationToken);
        if (events.Count == 0)
        {
            throw CodedError.NotFound("No such request in this tenant.");
        }

        var ruled = await rules.CommandAsync(command, RequestDecider.Fold(events.Select(e => e.Data))!, events[^1].Version, expectedVersion, caller, cancellationToken);
        if (!ruled.Accepted)
        {
            return new RequestPayload(null, ruled.Errors);
        }

        session.Events.Append(streamId, expectedVersion + ruled.Events.Count, [.. ruled.Events]);
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

                submitted = rules.WithNewTrackingCode(submitted);
            }
            catch (Exception exception) when (idempotent && IsConcurrencyFailure(exception))
            {
                // the same idempotency key won a race a moment ago: answer with the request it created
                return new RequestPayload(await session.LoadAsync<ServiceRequestView>(streamId, cancellationToken), []);
            }
        }
    }

    /// <summary>Whether the save failed on a tracking code another request holds.</summary>
    public static bool IsTrackingCodeTaken(Exception exception) => ExceptionChain.Of(exception).Any(
        e => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: EventStoreSchema.TrackingCodeIndex });

    private static bool IsConcurrencyFailure(Exception exception) =>
        IsConcurrency(exception) || (exception.InnerException is { } inner && IsConcurrency(inner));

    private static bool IsConcurrency(Exception exception) => exception
        is JasperFx.ConcurrencyException
        or EventStreamUnexpectedMaxEventIdException
        or ExistingStreamIdCollisionException
        or Marten.Exceptions.ExistingStreamIdCollisionException;
}
