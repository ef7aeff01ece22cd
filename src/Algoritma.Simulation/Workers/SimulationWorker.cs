using System.Diagnostics;
using Algoritma.Simulation.Arrivals;
using Algoritma.Simulation.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Algoritma.Simulation.Workers;

/// <summary>
/// Plays its kelurahan day by day: plans each day's arrivals, then runs every step due that day in time order (steps
/// a command leads to join the queue), through its <see cref="ICommandLane"/>: batched by default, one by one on request.
/// </summary>
internal sealed class SimulationWorker(IServiceScopeFactory scopes, ILogger logger)
{
    public async Task RunAsync(SimulationRun run, List<KelurahanProfile> profiles, CancellationToken cancellationToken)
    {
        await using ICommandLane lane = run.Options.OneByOne ? new OneByOneLane(scopes) : new BatchedLane(scopes, run.Counters.Timed);
        var queue = new PriorityQueue<Step, (Instant, long)>();
        long sequence = 0;
        var zone = run.Calendar.Zone;
        for (var date = run.Scenario.StartsOn; date <= run.Scenario.EndsOn; date = date.PlusDays(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var profile in profiles)
            {
                foreach (var plan in ArrivalPlanner.Plan(run, profile, date))
                {
                    queue.Enqueue(new Step(StepKind.Submit, plan, plan.SubmitAt), (plan.SubmitAt, sequence++));
                }
            }

            var dayEnd = date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
            if (queue.Count == 0 || queue.Peek().At >= dayEnd)
            {
                continue;
            }

            while (queue.TryPeek(out var step, out _) && step.At < dayEnd)
            {
                queue.Dequeue();
                await lane.ReadyAsync(cancellationToken);
                var began = Stopwatch.GetTimestamp();
                var following = await RequestLifecycle.ExecuteAsync(run, lane, step, cancellationToken);
                run.Counters.Timed(step.Kind.ToString(), Stopwatch.GetElapsedTime(began));
                lane.Settled(following.Any());
                foreach (var next in following)
                {
                    queue.Enqueue(next, (next.At, sequence++));
                }
            }

            await lane.DayEndedAsync(cancellationToken);
            if (date.Day == 1 || date == run.Scenario.EndsOn)
            {
                logger.LogDebug("Worker at {Date}: {Requests} requests so far", date, run.Counters.Requests);
            }
        }

        await lane.FinishAsync(cancellationToken);
    }
}
