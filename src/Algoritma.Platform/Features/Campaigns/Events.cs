namespace Algoritma.Platform.Features.Campaigns;

/// <summary>The KPI a campaign moves; each is a ratio 0..1 (see <see cref="Adoption.AdoptionMetrics"/>).</summary>
public enum CampaignGoalMetric
{
    DigitalTakeUp,
    CompletionRate,
    SlaCompliance,
}

public enum CampaignActivityKind
{
    Sosialisasi,
    Pelatihan,
    DoorToDoor,
    PriorityDay,
    Other,
}

public enum CampaignStatus
{
    Open,
    Closed,
}

/// <summary>A rollout wave: its units join the campaign on <see cref="StartsOn"/> (a tenant-local day).</summary>
public sealed record CampaignWave(string Name, DateOnly StartsOn, IReadOnlyList<string> Units);

// The events of one campaign's stream. They hold no personal data: units, days, counts and notes only.

public sealed record CampaignLaunched(
    Guid CampaignId, string Name, CampaignGoalMetric GoalMetric, decimal TargetValue, IReadOnlyList<string> Units,
    DateOnly From, DateOnly To, IReadOnlyList<CampaignWave> Waves, IReadOnlyList<DayOfWeek> PriorityDays, string ActorRole, DateTimeOffset At);

public sealed record CampaignActivityRecorded(
    CampaignActivityKind Kind, DateOnly Date, string UnitCode, int Attendance, string? Note, DateTimeOffset At);

public sealed record CampaignTargetRevised(decimal NewTarget, string Reason, DateTimeOffset At);

public sealed record CampaignClosed(string? Summary, DateTimeOffset At);
