using System.Diagnostics;
using Algoritma.Simulation.Arrivals;
using Algoritma.Simulation.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Algoritma.Simulation.Workers;

/// <summary>
/// Plays its kelurahan day by day: plans each day's arrivals, then runs every step due that day in time order (steps
/// a command leads to join the queue), in <see cref="CommandBatch"/>es of a fresh DI scope each.
/// </summary>
internal sealed class SimulationWorker(IServiceScopeFactory scopes, ILogger logger)
{
    public async Task RunAsync(SimulationRun run, List<KelurahanProfile> profiles, CancellationToken cancellationToken)
    {
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

            CommandBatch? batch = null;
            try
            {
                while (queue.TryPeek(out var step, out _) && step.At < dayEnd)
                {
                    queue.Dequeue();
                    if (batch is null || batch.IsFull)
                    {
                        if (batch is not null)
                        {
                            await batch.DisposeAsync();
                        }

                        batch = new CommandBatch(scopes.CreateAsyncScope());
                        await batch.OpenAsync(cancellationToken);
                    }

                    var began = Stopwatch.GetTimestamp();
                    var following = await RequestLifecycle.ExecuteAsync(run, batch, step, cancellationToken);
                    run.Counters.Timed(step.Kind.ToString(), Stopwatch.GetElapsedTime(began));
                    foreach (var next in following)
                    {
                        queue.Enqueue(next, (next.At, sequence++));
                    }
                }
            }
            finally
            {
                if (batch is not null)
                {
                    await batch.DisposeAsync();
                }
            }

            if (date.Day == 1 || date == run.Scenario.EndsOn)
            {
                logger.LogDebug("Worker at {Date}: {Requests} requests so far", date, run.Counters.Requests);
            }
        }
    }
}
