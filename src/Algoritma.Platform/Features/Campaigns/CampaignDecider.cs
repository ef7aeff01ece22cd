namespace Algoritma.Platform.Features.Campaigns;

/// <summary>What the decider knows of a campaign: folded from its events.</summary>
public sealed record CampaignState(CampaignStatus Status, IReadOnlyList<string> Units, DateOnly From, DateOnly To);

/// <summary>A refused command: a stable code and the input field at fault.</summary>
public sealed record CampaignError(string Code, string Field, string Message);

/// <summary>The events a command produces, or every reason it is refused (then nothing is appended).</summary>
public sealed record CampaignDecision(IReadOnlyList<object> Events, IReadOnlyList<CampaignError> Errors)
{
    public bool Accepted => Errors.Count == 0;

    public static CampaignDecision Accept(object @event) => new([@event], []);

    public static CampaignDecision Refuse(IReadOnlyList<CampaignError> errors) => new([], errors);

    public static CampaignDecision Refuse(string code, string field, string message) => new([], [new CampaignError(code, field, message)]);
}

public abstract record CampaignCommand(DateTimeOffset At);

public sealed record LaunchCampaign(
    Guid CampaignId, string Name, CampaignGoalMetric GoalMetric, decimal Target, IReadOnlyList<string> Units,
    DateOnly From, DateOnly To, IReadOnlyList<CampaignWave> Waves, IReadOnlyList<DayOfWeek> PriorityDays, string ActorRole, DateTimeOffset At)
    : CampaignCommand(At);

public sealed record RecordCampaignActivity(CampaignActivityKind Kind, DateOnly Date, string UnitCode, int Attendance, string? Note, DateTimeOffset At)
    : CampaignCommand(At);

public sealed record ReviseCampaignTarget(decimal NewTarget, string Reason, DateTimeOffset At) : CampaignCommand(At);

public sealed record CloseCampaign(string? Summary, DateTimeOffset At) : CampaignCommand(At);

/// <summary>
/// A campaign's life, decider style: launched → activities and target revisions while OPEN → closed once.
/// Units of no wave join at the campaign's first day (<c>From</c>); the period is [From, To], both days included.
/// </summary>
public static class CampaignDecider
{
    public const string AlreadyLaunched = "ALREADY_LAUNCHED";
    public const string CampaignIsClosed = "CAMPAIGN_CLOSED";
    public const string AlreadyClosed = "ALREADY_CLOSED";
    public const string ActivityOutsidePeriod = "ACTIVITY_OUTSIDE_PERIOD";
    public const string ActivityUnitNotInCampaign = "ACTIVITY_UNIT_NOT_IN_CAMPAIGN";
    public const string InvalidAttendance = "INVALID_ATTENDANCE";
    public const string ReasonRequired = "REASON_REQUIRED";

    /// <summary>The most people one activity may count.</summary>
    public const int MaxAttendance = 100_000;

    public static CampaignDecision Decide(CampaignCommand command, CampaignState? state) => command switch
    {
        LaunchCampaign c => state is not null
            ? CampaignDecision.Refuse(AlreadyLaunched, "campaignId", "This campaign has already been launched.")
            : Launch(c),
        _ when state is null => throw new InvalidOperationException("Only a launch starts a campaign."),
        RecordCampaignActivity c => RecordActivity(c, state),
        ReviseCampaignTarget c => Revise(c, state),
        CloseCampaign c => state.Status == CampaignStatus.Closed
            ? CampaignDecision.Refuse(AlreadyClosed, "campaignId", "The campaign is already closed.")
            : CampaignDecision.Accept(new CampaignClosed(string.IsNullOrWhiteSpace(c.Summary) ? null : c.Summary.Trim(), c.At)),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown command."),
    };

    public static CampaignState? Evolve(CampaignState? state, object @event) => @event switch
    {
        CampaignLaunched e => new CampaignState(CampaignStatus.Open, e.Units, e.From, e.To),
        CampaignClosed => state! with { Status = CampaignStatus.Closed },
        _ => state,
    };

    public static CampaignState? Fold(IEnumerable<object> events) => events.Aggregate((CampaignState?)null, Evolve);

    private static CampaignDecision Launch(LaunchCampaign c)
    {
        var units = c.Units.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct().ToList();
        var waves = c.Waves.Select(w => w with { Name = w.Name.Trim(), Units = [.. w.Units.Select(u => u.Trim()).Distinct()] }).ToList();
        var errors = CampaignLaunchRules.Check(c.Name, c.Target, units, c.From, c.To, waves);
        return errors.Count > 0
            ? CampaignDecision.Refuse(errors)
            : CampaignDecision.Accept(new CampaignLaunched(
                c.CampaignId, c.Name.Trim(), c.GoalMetric, c.Target, units, c.From, c.To, waves, [.. c.PriorityDays.Distinct().Order()], c.ActorRole, c.At));
    }

    private static CampaignDecision RecordActivity(RecordCampaignActivity c, CampaignState state)
    {
        if (state.Status == CampaignStatus.Closed)
        {
            return Closed("recorded");
        }

        var errors = new List<CampaignError>();
        if (c.Date < state.From || c.Date > state.To)
        {
            errors.Add(new(ActivityOutsidePeriod, "date", $"The campaign runs from {state.From:yyyy-MM-dd} to {state.To:yyyy-MM-dd}."));
        }

        if (CampaignUnits.CoveringUnit(state.Units, c.UnitCode.Trim()) is null)
        {
            errors.Add(new(ActivityUnitNotInCampaign, "unit", $"'{c.UnitCode}' is not one of the campaign's units."));
        }

        if (c.Attendance is < 0 or > MaxAttendance)
        {
            errors.Add(new(InvalidAttendance, "attendance", $"Attendance is 0 to {MaxAttendance}."));
        }

        return errors.Count > 0
            ? CampaignDecision.Refuse(errors)
            : CampaignDecision.Accept(new CampaignActivityRecorded(
                c.Kind, c.Date, c.UnitCode.Trim(), c.Attendance, string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim(), c.At));
    }

    private static CampaignDecision Revise(ReviseCampaignTarget c, CampaignState state)
    {
        if (state.Status == CampaignStatus.Closed)
        {
            return Closed("revised");
        }

        var errors = new List<CampaignError>();
        if (CampaignLaunchRules.TargetError(c.NewTarget, "newTarget") is { } target)
        {
            errors.Add(target);
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            errors.Add(new(ReasonRequired, "reason", "Say why the target changes."));
        }

        return errors.Count > 0 ? CampaignDecision.Refuse(errors) : CampaignDecision.Accept(new CampaignTargetRevised(c.NewTarget, c.Reason.Trim(), c.At));
    }

    private static CampaignDecision Closed(string what) =>
        CampaignDecision.Refuse(CampaignIsClosed, "campaignId", $"A closed campaign cannot be {what}.");
}
