using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Shared;
using Algoritma.Simulation.Accounts;
using Algoritma.Simulation.Arrivals;
using Algoritma.Simulation.Workers;
using NodaTime;

namespace Algoritma.Simulation.Lifecycle;

/// <summary>
/// The first command of a planned request: a walk-in served and recorded at the counter, or a submission (online by
/// the resident's own account, otherwise by an officer for the resident) followed by the officer's first decision.
/// </summary>
internal static class Submission
{
    public static async Task<IEnumerable<Step>> SubmitAsync(SimulationRun run, ICommandLane lane, Step step, CancellationToken cancellationToken)
    {
        var plan = step.Plan;
        Guid? citizenUserId = null;
        Caller caller;
        string? nik = null;
        if (plan.Channel == Channel.Online)
        {
            citizenUserId = await CitizenAccounts.FindOrRegisterAsync(run, lane, plan.Home, plan.Resident, cancellationToken);
            caller = run.People.Citizen(citizenUserId.Value);
        }
        else
        {
            caller = run.People.Officer(plan.UnitCode);
            nik = run.People.NikOf(plan.Home, plan.Resident);
        }

        var input = new SubmitServiceRequestInput(plan.ServiceCode, plan.UnitCode, plan.Channel, plan.Documents, null, nik);
        if (plan.Outcome == Outcome.WalkIn)
        {
            var served = await lane.StartAsync(input, caller, atCounter: true, cancellationToken);
            return StepResults.Accepted(run, step with { Version = 0 }, served, view =>
                plan.Scores is null ? [] : [step.Started(view.Id, view.Version, null).Then(StepKind.Rate, step.At.Plus(Duration.FromMinutes(plan.RatingDelayMinutes)))],
                submitted: true);
        }

        var payload = await lane.StartAsync(input, caller, atCounter: false, cancellationToken);
        return StepResults.Accepted(run, step with { Version = 0 }, payload, view =>
        {
            var started = step.Started(view.Id, view.Version, citizenUserId) with { Deadline = Instant.FromDateTimeOffset(view.Deadline) };
            var window = Math.Max(2, (int)SlaCalculator.WorkingTimeBetween(step.At, started.Deadline, run.Calendar).TotalMinutes);
            var officerAt = WorkingHours.AfterWorkingMinutes(step.At, Math.Max(1, (int)(window * plan.VerifyFraction)), run.Calendar);
            return plan.Outcome switch
            {
                Outcome.Rejected => [started.Then(StepKind.Reject, officerAt)],
                Outcome.ReturnedThenCompleted => [started.Then(StepKind.Return, officerAt)],
                Outcome.Cancelled => [started.Then(StepKind.Cancel, step.At.Plus(Duration.FromMinutes(30 + (plan.ResubmitDelayMinutes / 4))))],
                _ => [started.Then(StepKind.Verify, officerAt)],
            };
        }, submitted: true);
    }
}
