using System.Diagnostics;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using Algoritma.Simulation.Accounts;
using Algoritma.Simulation.Arrivals;
using Algoritma.Simulation.Programme;
using Algoritma.Simulation.Workers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Algoritma.Simulation;

/// <summary>
/// Generates realistic usage for a tenant over a period, through the same commands the API uses
/// (<see cref="ServiceRequestHandler"/>, <see cref="Platform.Features.Identity.Citizens.CitizenRegistration"/>) with a
/// simulated clock: never by inserting events. Kelurahan are simulated independently (each with its own seeded random
/// source), in parallel <see cref="SimulationWorker"/>s that each own a set of kecamatan.
/// </summary>
public sealed class UsageSimulator(IServiceScopeFactory scopes, ILogger<UsageSimulator> logger)
{
    /// <summary>
    /// Runs the simulation for <see cref="SimulationOptions.TenantId"/>. <paramref name="onScenarioStart"/> is the hook
    /// for launching the programme's campaign: it is called once with the planned <see cref="AlgoritmaScenario"/>,
    /// inside the tenant scope, before any simulated day runs. Skips (and appends nothing) when the tenant already has
    /// requests, unless <see cref="SimulationOptions.Force"/>.
    /// </summary>
    public async Task<SimulationResult> RunAsync(
        SimulationOptions options, Func<AlgoritmaScenario, CancellationToken, Task>? onScenarioStart = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Scale);
        await using var scope = scopes.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantScopes>();
        var tenant = await tenants.FindEnabledAsync(options.TenantId, cancellationToken);
        using (tenants.BeginScope(tenant))
        {
            return await RunInTenantAsync(scope.ServiceProvider, options, onScenarioStart, cancellationToken);
        }
    }

    /// <summary>Password hash iterations for the simulated citizens' accounts (the default is 100,000).</summary>
    public const int SimulatedPasswordIterations = 1_000;

    /// <summary>
    /// The simulating host's own settings: the simulated citizens' accounts share one password published in this source,
    /// so their hashes protect nothing, and at the default iterations hashing took ~0.8 s per registration on the shared
    /// 2-core machine (1,400 accounts at scale 35). The accounts still sign in: a hash records its own iteration count.
    /// </summary>
    public static void ConfigureHost(IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = SimulatedPasswordIterations);

    /// <summary>Whether the tenant in scope already has service requests.</summary>
    public static Task<bool> HasRequestsAsync(Marten.IQuerySession session, CancellationToken cancellationToken) =>
        Marten.QueryableExtensions.AnyAsync(session.Query<ServiceRequestView>(), cancellationToken);

    private async Task<SimulationResult> RunInTenantAsync(
        IServiceProvider services, SimulationOptions options, Func<AlgoritmaScenario, CancellationToken, Task>? onScenarioStart, CancellationToken cancellationToken)
    {
        if (!options.Force && await HasRequestsAsync(services.GetRequiredService<Marten.IDocumentSession>(), cancellationToken))
        {
            return SimulationResult.AlreadySeeded();
        }

        var db = services.GetRequiredService<PlatformDbContext>();
        var tenantId = services.GetRequiredService<CurrentTenant>().Required.Id;
        var calendar = await services.GetRequiredService<TenantCalendars>().CurrentAsync(cancellationToken);
        var units = await db.RegionUnits.AsNoTracking().ToListAsync(cancellationToken);
        var kelurahan = units.Where(u => u.Kind != RegionKind.Kecamatan).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        if (kelurahan.Count == 0)
        {
            throw new InvalidOperationException($"Tenant '{tenantId}' has no kelurahan/desa: run `tenants apply` first.");
        }

        var catalog = await Offering.LoadAsync(db, cancellationToken);
        if (catalog.Count == 0)
        {
            throw new InvalidOperationException($"Tenant '{tenantId}' offers no services.");
        }

        var end = options.End ?? Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow()).InZone(calendar.Zone).Date.PlusDays(-1);
        var start = end.PlusMonths(-options.Months).PlusDays(1);
        var scenario = AlgoritmaScenario.Plan(tenantId, kelurahan.Select(k => k.Code), start, end, options.Months, calendar.IsWorkingDay);
        logger.LogInformation("Simulating {Tenant} from {Start} to {End}: {Kelurahan} kelurahan, {Services} services, seed {Seed}, scale {Scale}",
            tenantId, start, end, kelurahan.Count, catalog.Count, options.Seed, options.Scale);
        if (onScenarioStart is not null)
        {
            await onScenarioStart(scenario, cancellationToken);
        }

        await CitizenAccounts.PrepareTenantKeyAsync(services, cancellationToken);

        var profiles = kelurahan.Select((k, i) => KelurahanProfile.Draw(k.Code, k.ParentCode, i, options, scenario)).ToList();
        var run = new SimulationRun(options, scenario, calendar, catalog, units.ToDictionary(u => u.Code, u => u.Kind))
        {
            Log = message => logger.LogWarning("{Message}", message),
        };
        var stopwatch = Stopwatch.StartNew();
        var worker = new SimulationWorker(scopes, logger);
        var partitions = KecamatanPartition.Split(profiles, Math.Max(1, options.Parallelism));
        await Task.WhenAll(partitions.Select(part => Task.Run(() => worker.RunAsync(run, part, cancellationToken), cancellationToken)));
        stopwatch.Stop();
        logger.LogInformation("Time per command: {Timings}", run.Counters.TimingSummary());

        var counters = run.Counters;
        return new SimulationResult(false, scenario, counters.Requests, counters.Events, counters.Commands, counters.Citizens, counters.Failures,
            stopwatch.Elapsed, counters.ByChannel.ToDictionary(p => p.Key, p => p.Value)) { RegistrationTime = counters.RegistrationTime };
    }
}
