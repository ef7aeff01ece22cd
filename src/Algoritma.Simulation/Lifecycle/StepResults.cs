using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Requests;

namespace Algoritma.Simulation.Lifecycle;

/// <summary>What follows a command: the steps it leads to when accepted (counting what it appended), nothing when refused.</summary>
internal static class StepResults
{
    private const int RefusalsLogged = 5;

    public static List<Step> Accepted(SimulationRun run, Step step, RequestPayload payload, Func<ServiceRequestView, List<Step>> then, bool submitted = false)
    {
        if (payload.Errors.Count > 0 || payload.Request is not { } view)
        {
            Refused(run, step, payload.Errors);
            return [];
        }

        run.Counters.Appended(view.Version - step.Version);
        if (submitted)
        {
            run.Counters.Submitted(view.Channel);
        }

        return [.. then(view).Select(s => s with { Version = view.Version })];
    }

    public static void Refused(SimulationRun run, Step step, IReadOnlyList<UserError> errors)
    {
        if (run.Counters.Refused() <= RefusalsLogged)
        {
            run.Log?.Invoke($"{step.Kind} of {step.Plan.ServiceCode} at {step.Plan.UnitCode} via {step.Plan.Channel} refused: "
                + string.Join("; ", errors.Select(e => $"{e.Code} {e.Message}")));
        }
    }
}
