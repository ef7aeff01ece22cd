using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared;
using Algoritma.Simulation.Arrivals;
using Algoritma.Simulation.Workers;
using NodaTime;

namespace Algoritma.Simulation.Lifecycle;

/// <summary>
/// What a simulated request does next: runs the step's command through the worker's <see cref="ICommandLane"/> on the
/// simulated clock and returns the step(s) the plan leads to from there (none once the request is finished or refused).
/// </summary>
internal static class RequestLifecycle
{
    private const string RejectionReason = "Persyaratan tidak memenuhi ketentuan layanan.";
    private const string ReturnReason = "Pengantar RT belum terbaca jelas; mohon unggah ulang.";

    public static async Task<IEnumerable<Step>> ExecuteAsync(SimulationRun run, ICommandLane lane, Step step, CancellationToken cancellationToken)
    {
        lane.Clock.Now = step.At.ToDateTimeOffset();
        run.Counters.CommandStarted();
        var plan = step.Plan;
        var officer = run.People.Officer(plan.UnitCode);
        var at = step.At.ToDateTimeOffset();
        try
        {
            switch (step.Kind)
            {
                case StepKind.Submit:
                    return await Submission.SubmitAsync(run, lane, step, cancellationToken);
                case StepKind.Verify:
                    return StepResults.Accepted(run, step, await lane.DecideAsync(step, new VerifyRequest(Roles.Officer, at), officer, cancellationToken),
                        view => [step.Then(StepKind.Complete, CompletionTime.Of(run, step, view))]);
                case StepKind.Complete:
                    return StepResults.Accepted(run, step, await lane.DecideAsync(step, new CompleteRequest(Roles.Officer, at), officer, cancellationToken),
                        _ => plan.Scores is null ? [] : [step.Then(StepKind.Rate, step.At.Plus(Duration.FromMinutes(plan.RatingDelayMinutes)))]);
                case StepKind.Reject:
                    return StepResults.Accepted(run, step, await lane.DecideAsync(step,
                        new RejectRequest(RejectionReason, Roles.Officer, at, ReasonCode.InvalidDocument), officer, cancellationToken), _ => []);
                case StepKind.Return:
                    return StepResults.Accepted(run, step, await lane.DecideAsync(step,
                        new ReturnRequest(ReturnReason, Roles.Officer, at, ReasonCode.InvalidDocument), officer, cancellationToken),
                        _ => [step.Then(StepKind.Resubmit, step.At.Plus(Duration.FromMinutes(plan.ResubmitDelayMinutes)))]);
                case StepKind.Resubmit:
                    return StepResults.Accepted(run, step, await lane.DecideAsync(step,
                        new ResubmitRequest(plan.Documents, step.CitizenUserId!.Value, at), run.People.Citizen(step.CitizenUserId.Value), cancellationToken),
                        _ => [step.Then(StepKind.Verify, WorkingHours.AfterWorkingMinutes(step.At, 30 + (int)(plan.VerifyFraction * 240), run.Calendar))]);
                case StepKind.Cancel:
                    return StepResults.Accepted(run, step, await lane.DecideAsync(step,
                        new CancelRequest(step.CitizenUserId!.Value, at), run.People.Citizen(step.CitizenUserId.Value), cancellationToken), _ => []);
                case StepKind.Rate:
                    var byCitizen = step.CitizenUserId is not null;
                    return StepResults.Accepted(run, step, await lane.DecideAsync(step,
                        new RateService(plan.Scores!, byCitizen ? Roles.Citizen : Roles.Officer, at),
                        byCitizen ? run.People.Citizen(step.CitizenUserId!.Value) : officer, cancellationToken), _ => []);
                default:
                    throw new InvalidOperationException($"Unknown step {step.Kind}.");
            }
        }
        catch (CodedError error)
        {
            StepResults.Refused(run, step, [new UserError(error.Code ?? "ERROR", error.Message, [])]);
            return [];
        }
    }
}
