using System.CommandLine;
using System.Globalization;
using Algoritma.Simulation;
using Algoritma.Simulation.Programme;
using NodaTime;
using NodaTime.Text;

namespace Algoritma.Api.Cli;

/// <summary><c>simulate --tenant samarinda --months 12</c>: realistic usage through the same commands the API uses.</summary>
internal static class SimulateCommands
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant", "-t") { Description = "Tenant id, e.g. samarinda.", Required = true };
        var months = new Option<int>("--months") { Description = "Months of usage to generate.", DefaultValueFactory = _ => 12 };
        var end = new Option<string?>("--end") { Description = "Last simulated day (yyyy-MM-dd, tenant-local); default: yesterday in the tenant's zone." };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same usage.", DefaultValueFactory = _ => 42 };
        var scale = new Option<double>("--scale") { Description = "Volume multiplier (1.0 ≈ 9k requests a year for 59 kelurahan).", DefaultValueFactory = _ => 1.0 };
        var parallel = new Option<int>("--parallel") { Description = "Workers (each owns a set of kecamatan; their database round trips overlap).", DefaultValueFactory = _ => 4 };
        var force = new Option<bool>("--force") { Description = "Simulate even when the tenant already has requests (appends more)." };
        var oneByOne = new Option<bool>("--one-by-one")
        {
            Description = "Run every command through the API's handler, saved alone (~300 events/s), instead of whole streams of about 5,000 events per transaction.",
        };
        var command = new Command("simulate", "Generate realistic usage for a tenant (skips a tenant that already has requests unless --force).")
        {
            tenant, months, end, seed, scale, parallel, force, oneByOne,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            LocalDate? endDate = null;
            if (parseResult.GetValue(end) is { Length: > 0 } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    Console.Error.WriteLine($"--end: '{text}' is not a date like 2026-11-27.");
                    return 2;
                }

                endDate = parsed.Value;
            }

            var options = new SimulationOptions(parseResult.GetValue(tenant)!, parseResult.GetValue(months), endDate,
                parseResult.GetValue(seed), parseResult.GetValue(scale), parseResult.GetValue(force), parseResult.GetValue(parallel), parseResult.GetValue(oneByOne));
            using var host = CommandLine.BuildHost(UsageSimulator.ConfigureHost);
            var simulator = ActivatorUtilities.CreateInstance<UsageSimulator>(host.Services);
            var launcher = ActivatorUtilities.CreateInstance<AlgoritmaCampaignLauncher>(host.Services);
            var result = await simulator.RunAsync(options, async (scenario, token) => await launcher.LaunchAsync(scenario, token), cancellationToken);
            if (result.Skipped)
            {
                Console.WriteLine($"Tenant '{options.TenantId}' already has requests: already seeded, nothing simulated (use --force to add more).");
                return 0;
            }

            var scenario = result.Scenario!;
            Console.WriteLine($"Simulated {scenario.TenantId} {scenario.StartsOn:yyyy-MM-dd}..{scenario.EndsOn:yyyy-MM-dd}; Algoritma waves: "
                + string.Join(", ", scenario.Waves.Select(w => $"{w.Number}) {w.StartsOn:yyyy-MM-dd} {w.UnitCodes.Count} kelurahan")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Requests} requests ({string.Join(", ", result.RequestsByChannel.OrderBy(c => c.Key).Select(c => $"{c.Key.ToString().ToUpperInvariant()} {c.Value}"))}), "
                + $"{result.Events} events, {result.Commands} commands, {result.CitizensRegistered} citizens registered, {result.Failures} refused"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Took {result.Elapsed.TotalSeconds:F1}s: {result.EventsPerSecond:F0} events/s, {result.RequestsPerSecond:F0} requests/s "
                + $"({result.RegistrationTime.TotalSeconds:F1}s of worker time registering citizens)"));
            return result.Failures == 0 ? 0 : 1;
        });
        return command;
    }
}
