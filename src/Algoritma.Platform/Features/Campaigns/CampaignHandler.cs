using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Persistence;
using JasperFx.Events;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Campaigns;

public sealed record LaunchCampaignInput(
    string Name, CampaignGoalMetric GoalMetric, decimal Target, IReadOnlyList<string> Units, DateOnly From, DateOnly To,
    IReadOnlyList<CampaignWave> Waves, IReadOnlyList<DayOfWeek> PriorityDays)
{
    public const int MaxWaves = 50;

    public List<UserError> BoundErrors() => new List<UserError>()
        .Text("name", Name, InputBounds.Name)
        .Texts("units", Units, InputBounds.Units, InputBounds.UnitCode)
        .Count("waves", Waves, MaxWaves)
        .Texts("waves", Waves.Select(w => w.Name), MaxWaves, InputBounds.Name)
        .Texts("waves", Waves.SelectMany(w => w.Units), InputBounds.Units, InputBounds.UnitCode)
        .Count("priorityDays", PriorityDays, 7);
}

public sealed record CampaignPayload(CampaignView? Campaign, IReadOnlyList<UserError> Errors);

/// <summary>
/// Adoption campaigns, one event stream each. Commands on an existing campaign name the version they saw;
/// a stale one, or a writer that lost the race, gets CONFLICT and nothing is appended.
/// </summary>
public sealed class CampaignHandler(Marten.IDocumentSession session, PlatformDbContext db, CurrentTenant current, TimeProvider clock)
{
    public const string UnknownUnit = "UNKNOWN_UNIT";

    /// <summary>The stream a global id names in this tenant; NOT_FOUND for another type or tenant.</summary>
    public Guid IdOf(string globalId) =>
        CampaignIds.Decode(globalId, current.Required.Id) ?? throw CodedError.NotFound("No such campaign in this tenant.");

    public async Task<CampaignPayload> LaunchAsync(LaunchCampaignInput input, Caller caller, CancellationToken cancellationToken)
    {
        if (input.BoundErrors() is { Count: > 0 } bounds)
        {
            return new CampaignPayload(null, bounds);
        }

        var id = Guid.CreateVersion7();
        var command = new LaunchCampaign(id, input.Name, input.GoalMetric, input.Target, input.Units, input.From, input.To,
            input.Waves, input.PriorityDays, RoleOf(caller), clock.GetUtcNow());
        var decision = CampaignDecider.Decide(command, null);
        var errors = decision.Errors.Select(ToUserError).Concat(await UnknownUnitsAsync(input.Units, "units", cancellationToken)).ToList();
        if (errors.Count > 0)
        {
            return new CampaignPayload(null, errors);
        }

        session.Events.StartStream<CampaignView>(id, [.. decision.Events]);
        await session.SaveChangesAsync(cancellationToken);
        return new CampaignPayload(await session.LoadAsync<CampaignView>(id, cancellationToken), []);
    }

    /// <summary>The unit must be a campaign unit or inside one, and exist in the tenant (else UNKNOWN_UNIT).</summary>
    public async Task<CampaignPayload> RecordActivityAsync(
        Guid id, long expectedVersion, CampaignActivityKind kind, DateOnly date, string unitCode, int attendance, string? note, CancellationToken cancellationToken)
    {
        var bounds = new List<UserError>().Text("unit", unitCode, InputBounds.UnitCode).Text("note", note, InputBounds.FreeText);
        if (bounds.Count > 0)
        {
            return new CampaignPayload(null, bounds);
        }

        var unknown = (await UnknownUnitsAsync([unitCode], "unit", cancellationToken)).ToList();
        return await DecideAsync(id, expectedVersion, new RecordCampaignActivity(kind, date, unitCode, attendance, note, clock.GetUtcNow()), cancellationToken, unknown);
    }

    public async Task<CampaignPayload> ReviseTargetAsync(Guid id, long expectedVersion, decimal newTarget, string reason, CancellationToken cancellationToken) =>
        new List<UserError>().Text("reason", reason, InputBounds.FreeText) is { Count: > 0 } bounds
            ? new CampaignPayload(null, bounds)
            : await DecideAsync(id, expectedVersion, new ReviseCampaignTarget(newTarget, reason, clock.GetUtcNow()), cancellationToken);

    public async Task<CampaignPayload> CloseAsync(Guid id, long expectedVersion, string? summary, CancellationToken cancellationToken) =>
        new List<UserError>().Text("summary", summary, InputBounds.FreeText) is { Count: > 0 } bounds
            ? new CampaignPayload(null, bounds)
            : await DecideAsync(id, expectedVersion, new CloseCampaign(summary, clock.GetUtcNow()), cancellationToken);

    public static string RoleOf(Caller caller) =>
        new[] { Roles.ProgramManager, Roles.CityAdmin }.FirstOrDefault(caller.IsInRole) ?? "client";

    private async Task<CampaignPayload> DecideAsync(
        Guid id, long expectedVersion, CampaignCommand command, CancellationToken cancellationToken, IReadOnlyList<UserError>? otherErrors = null)
    {
        var events = await session.Events.FetchStreamAsync(id, token: cancellationToken);
        if (events.Count == 0)
        {
            throw CodedError.NotFound("No such campaign in this tenant.");
        }

        if (events[^1].Version != expectedVersion)
        {
            throw CodedError.Conflict($"The campaign changed: it is at version {events[^1].Version}, not {expectedVersion}. Reload it and try again.");
        }

        var decision = CampaignDecider.Decide(command, CampaignDecider.Fold(events.Select(e => e.Data)));
        if (!decision.Accepted || otherErrors is { Count: > 0 })
        {
            return new CampaignPayload(null, [.. decision.Errors.Select(ToUserError), .. otherErrors ?? []]);
        }

        session.Events.Append(id, expectedVersion + decision.Events.Count, [.. decision.Events]);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (IsConcurrencyFailure(exception))
        {
            throw CodedError.Conflict("Someone else changed the campaign at the same moment. Reload it and try again.");
        }

        return new CampaignPayload(await session.LoadAsync<CampaignView>(id, cancellationToken), []);
    }

    private async Task<IEnumerable<UserError>> UnknownUnitsAsync(IReadOnlyList<string> units, string field, CancellationToken cancellationToken)
    {
        var codes = units.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct().ToList();
        var known = await db.RegionUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => u.Code).ToListAsync(cancellationToken);
        return codes.Except(known).Select(code => UserError.At(field, UnknownUnit, $"This tenant has no unit '{code}'."));
    }

    private static UserError ToUserError(CampaignError error) => UserError.At(error.Field, error.Code, error.Message);

    private static bool IsConcurrencyFailure(Exception exception) =>
        IsConcurrency(exception) || (exception.InnerException is { } inner && IsConcurrency(inner));

    private static bool IsConcurrency(Exception exception) =>
        exception is JasperFx.ConcurrencyException or EventStreamUnexpectedMaxEventIdException;
}
