using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Simulation.Arrivals;
using NodaTime;

namespace Algoritma.Simulation.Lifecycle;

internal static class CompletionTime
{
    /// <summary>
    /// On time: a planned fraction of the SLA window after the clock started (the submission, or the resubmission with
    /// complete documents); late: some office time after the deadline. Never before verification.
    /// </summary>
    public static Instant Of(SimulationRun run, Step step, ServiceRequestView view)
    {
        var plan = step.Plan;
        var submitted = Instant.FromDateTimeOffset(view.SlaStartedAt);
        var deadline = Instant.FromDateTimeOffset(view.Deadline);
        var window = Math.Max(2, (int)SlaCalculator.WorkingTimeBetween(submitted, deadline, run.Calendar).TotalMinutes);
        var planned = plan.Late
            ? WorkingHours.AfterWorkingMinutes(deadline, plan.LateMinutes, run.Calendar)
            : WorkingHours.AfterWorkingMinutes(submitted, Math.Max(2, (int)(window * plan.CompleteFraction)), run.Calendar);
        var earliest = WorkingHours.AfterWorkingMinutes(step.At, 3, run.Calendar);
        return planned > earliest ? planned : earliest;
    }
}
