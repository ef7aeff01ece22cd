using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Algoritma.Platform.Features.Campaigns;

public sealed record CampaignActivity(CampaignActivityKind Kind, DateOnly Date, string UnitCode, int Attendance, string? Note, DateTimeOffset At);

/// <summary>One value the target has had: the launch's first, then each revision with its reason.</summary>
public sealed record TargetChange(decimal Target, string? Reason, DateTimeOffset At);

/// <summary>The read model of one campaign, kept by Marten in the same transaction as its events.</summary>
public sealed class CampaignView
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public CampaignGoalMetric GoalMetric { get; set; }

    public decimal Target { get; set; }

    public List<string> Units { get; set; } = [];

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public List<CampaignWave> Waves { get; set; } = [];

    public List<DayOfWeek> PriorityDays { get; set; } = [];

    public CampaignStatus Status { get; set; }

    public List<CampaignActivity> Activities { get; set; } = [];

    public List<TargetChange> TargetHistory { get; set; } = [];

    /// <summary>The stream version this view reflects: what a command must name as its expected version.</summary>
    public long Version { get; set; }

    public DateTimeOffset LaunchedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? Summary { get; set; }

    /// <summary>The day a campaign unit joins: its wave's first day, or the campaign's for a unit of no wave.</summary>
    public DateOnly JoinDay(string campaignUnit) => Waves.FirstOrDefault(w => w.Units.Contains(campaignUnit))?.StartsOn ?? From;
}

public sealed class CampaignProjection : SingleStreamProjection<CampaignView, Guid>
{
    public static CampaignView Create(IEvent<CampaignLaunched> launched)
    {
        var e = launched.Data;
        return new CampaignView
        {
            Id = e.CampaignId, Name = e.Name, GoalMetric = e.GoalMetric, Target = e.TargetValue, Units = [.. e.Units], From = e.From, To = e.To,
            Waves = [.. e.Waves], PriorityDays = [.. e.PriorityDays], Status = CampaignStatus.Open, LaunchedAt = e.At, Version = launched.Version,
            TargetHistory = [new TargetChange(e.TargetValue, null, e.At)],
        };
    }

    public static void Apply(IEvent<CampaignActivityRecorded> e, CampaignView view)
    {
        var a = e.Data;
        view.Activities.Add(new CampaignActivity(a.Kind, a.Date, a.UnitCode, a.Attendance, a.Note, a.At));
        view.Version = e.Version;
    }

    public static void Apply(IEvent<CampaignTargetRevised> e, CampaignView view)
    {
        view.Target = e.Data.NewTarget;
        view.TargetHistory.Add(new TargetChange(e.Data.NewTarget, e.Data.Reason, e.Data.At));
        view.Version = e.Version;
    }

    public static void Apply(IEvent<CampaignClosed> e, CampaignView view)
    {
        view.Status = CampaignStatus.Closed;
        view.ClosedAt = e.Data.At;
        view.Summary = e.Data.Summary;
        view.Version = e.Version;
    }
}
