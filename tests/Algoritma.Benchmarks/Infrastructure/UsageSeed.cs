using Algoritma.Simulation;
using Algoritma.Simulation.Programme;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Algoritma.Benchmarks.Infrastructure;

/// <summary>
/// A modest year of Samarinda's usage, made by the simulator through the platform's own commands (what the
/// <c>simulate</c> verb does), then projected by a catch-up of the async projections (what the daemon does).
/// </summary>
public static class UsageSeed
{
    public const string Tenant = "samarinda";

    /// <summary>The last simulated day; the adoption benchmark reads the twelve months before it.</summary>
    public static readonly LocalDate End = new(2026, 11, 27);

    /// <summary>About 2,000 requests for the year (scale 1 is about 8,000).</summary>
    public const double Scale = 0.25;

    public static async Task<SimulationResult> SimulateYearAsync(this PlatformHost host)
    {
        var launcher = ActivatorUtilities.CreateInstance<AlgoritmaCampaignLauncher>(host.Services);
        var simulator = ActivatorUtilities.CreateInstance<UsageSimulator>(host.Services);
        var result = await simulator.RunAsync(
            new SimulationOptions(Tenant, Months: 12, End: End, Seed: 42, Scale: Scale),
            async (scenario, token) => await launcher.LaunchAsync(scenario, token));
        if (result.Failures > 0)
        {
            throw new InvalidOperationException($"The simulator had {result.Failures} refused commands.");
        }

        using var daemon = await host.Services.GetRequiredService<IDocumentStore>().BuildProjectionDaemonAsync();
        await daemon.CatchUpAsync(TimeSpan.FromMinutes(5), CancellationToken.None);
        return result;
    }
}
