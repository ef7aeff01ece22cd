using System.Diagnostics;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Algoritma.Platform.Features.Simulation;

/// <summary>
/// Generates realistic usage for a tenant over a period, through the same commands the API uses
/// (<see cref="ServiceRequestHandler"/>, <see cref="CitizenRegistration"/>) with a simulated clock: never by
/// inserting events. Kelurahan are simulated independently (each with its own seeded random source), in
/// parallel workers that each own a set of kecamatan and open a fresh DI scope and session per batch of commands.
/// </summary>
public sealed class UsageSimulator(IServiceScopeFactory scopes, ILogger<UsageSimulator> logger)
{
    private const int CommandsPerBatch = 400;
    private const string CitizenPassword = "Warga-Simulasi-2026";

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

        // the tenant's analytics secret is created on first use: create it once before the workers race for it
        await services.GetRequiredService<CitizenKeys>().KeyForAsync("6472010101800001", cancellationToken);

        var profiles = kelurahan.Select((k, i) => Profile(k.Code, k.ParentCode, i, options, scenario)).ToList();
        var run = new Run(options, scenario, calendar, catalog, units.ToDictionary(u => u.Code, u => u.Kind))
        {
            Log = message => logger.LogWarning("{Message}", message),
        };
        var stopwatch = Stopwatch.StartNew();
        var partitions = Partition(profiles, Math.Max(1, options.Parallelism));
        await Task.WhenAll(partitions.Select(part => Task.Run(() => RunWorkerAsync(run, part, cancellationToken), cancellationToken)));
        stopwatch.Stop();
        logger.LogInformation("Time per command: {Timings}", string.Join(", ", run.Timings.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => $"{t.Key} {t.Value.Count}× {TimeSpan.FromTicks(t.Value.Ticks / Math.Max(1, t.Value.Count)).TotalMilliseconds:F1}ms")));

        return new SimulationResult(false, scenario, run.Requests, run.Events, run.Commands, run.Citizens, run.Failures, stopwatch.Elapsed,
            run.ByChannel.ToDictionary(p => p.Key, p => p.Value)) { RegistrationTime = TimeSpan.FromTicks(run.RegistrationTicks) };
    }

    private static KelurahanProfile Profile(string code, string kecamatanCode, int ordinal, SimulationOptions options, AlgoritmaScenario scenario)
    {
        var seed = unchecked((options.Seed * 397) ^ StableHash(code));
        var random = new Random(seed);
        var weight = Math.Clamp(Math.Exp(Normal(random) * 0.4), 0.45, 2.2);
        var baseline = 0.15 + (random.NextDouble() * 0.05);
        var plateau = 0.55 + (random.NextDouble() * 0.10);
        var yearlyRequests = SimulationOptions.RequestsPerKelurahanDay * options.Scale * weight * 245 * options.Months / 12.0;
        var residents = Math.Max(30, (int)Math.Round(yearlyRequests / 2.2));
        var pool = Math.Clamp((int)Math.Round(SimulationOptions.OnlineCitizensPerKelurahan * weight * Math.Sqrt(options.Scale)), 2, residents);
        return new KelurahanProfile(code, kecamatanCode, weight, baseline, plateau, scenario.JoinDateOf(code), scenario.JoinDateOf(kecamatanCode), residents, pool, seed ^ ordinal);
    }

    /// <summary>Whole kecamatan per worker (their officers and kecamatan-level services stay together), balanced by demand.</summary>
    private static List<List<KelurahanProfile>> Partition(List<KelurahanProfile> profiles, int workers)
    {
        var parts = Enumerable.Range(0, workers).Select(_ => (Load: 0.0, Units: new List<KelurahanProfile>())).ToList();
        foreach (var kecamatan in profiles.GroupBy(p => p.KecamatanCode).OrderByDescending(g => g.Sum(p => p.Weight)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var lightest = parts.Select((p, i) => (p.Load, i)).Min().i;
            parts[lightest] = (parts[lightest].Load + kecamatan.Sum(p => p.Weight), [.. parts[lightest].Units, .. kecamatan]);
        }

        return [.. parts.Where(p => p.Units.Count > 0).Select(p => p.Units)];
    }

    private async Task RunWorkerAsync(Run run, List<KelurahanProfile> profiles, CancellationToken cancellationToken)
    {
        var queue = new PriorityQueue<Step, (Instant, long)>();
        long sequence = 0;
        var zone = run.Calendar.Zone;
        for (var date = run.Scenario.StartsOn; date <= run.Scenario.EndsOn; date = date.PlusDays(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var profile in profiles)
            {
                foreach (var plan in Arrivals(run, profile, date))
                {
                    queue.Enqueue(new Step(StepKind.Submit, plan, plan.SubmitAt), (plan.SubmitAt, sequence++));
                }
            }

            var dayEnd = date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
            if (queue.Count == 0 || queue.Peek().At >= dayEnd)
            {
                continue;
            }

            Batch? batch = null;
            try
            {
                while (queue.TryPeek(out var step, out _) && step.At < dayEnd)
                {
                    queue.Dequeue();
                    if (batch is null || batch.Commands >= CommandsPerBatch)
                    {
                        if (batch is not null)
                        {
                            await batch.DisposeAsync();
                        }

                        batch = new Batch(scopes.CreateAsyncScope());
                        await batch.OpenAsync(cancellationToken);
                    }

                    var began = Stopwatch.GetTimestamp();
                    var following = await ExecuteAsync(run, batch, step, cancellationToken);
                    run.Timings.AddOrUpdate(step.Kind.ToString(), (1, Stopwatch.GetElapsedTime(began).Ticks), (_, t) => (t.Count + 1, t.Ticks + Stopwatch.GetElapsedTime(began).Ticks));
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
                logger.LogDebug("Worker at {Date}: {Requests} requests so far", date, run.Requests);
            }
        }
    }

    /// <summary>The requests that arrive at a kelurahan on a day, all drawn from its own random source in a fixed order.</summary>
    private static List<RequestPlan> Arrivals(Run run, KelurahanProfile profile, LocalDate date)
    {
        var random = profile.Random;
        var working = run.Calendar.IsWorkingDay(date);
        var dayIndex = Period.Between(run.Scenario.StartsOn, date, PeriodUnits.Days).Days;
        int? sinceJoin = profile.JoinsOn is { } joins ? Period.Between(joins, date, PeriodUnits.Days).Days : null;
        int? sinceOfficeJoin = profile.OfficeJoinsOn is { } officeJoins ? Period.Between(officeJoins, date, PeriodUnits.Days).Days : null;
        var share = DigitalShareCurve.Share(profile.Baseline, profile.Plateau, dayIndex, sinceJoin, run.Scenario.IsPriorityDay(date));
        var officeShare = DigitalShareCurve.Share(profile.Baseline, profile.Plateau, dayIndex, sinceOfficeJoin, run.Scenario.IsPriorityDay(date));
        var trend = 1 + (0.15 * dayIndex / 365.0);
        var lambda = SimulationOptions.RequestsPerKelurahanDay * run.Options.Scale * profile.Weight * trend;
        var count = Poisson(random, working ? lambda : lambda * share * 0.08);
        var plans = new List<RequestPlan>(count);
        for (var i = 0; i < count; i++)
        {
            // one draw decides digital or not, against the share of where the citizen ends up (kelurahan or kecamatan office)
            var (digitalRoll, kindRoll) = (random.NextDouble(), random.NextDouble());
            Channel ChannelAt(double unitShare) => !working ? Channel.Online
                : digitalRoll >= unitShare ? Channel.Counter
                : kindRoll switch { < 0.68 => Channel.Online, < 0.85 => Channel.Assisted, _ => Channel.Kiosk };
            var channel = ChannelAt(share);
            var offering = run.Catalog.Pick(random, profile, channel, run.UnitKinds);
            if (offering is not null && offering.UnitFor(profile) != profile.Code && ChannelAt(officeShare) is var atOffice && atOffice != channel
                && run.Catalog.Pick(random, profile, atOffice, run.UnitKinds) is { } officeOffering)
            {
                (channel, offering) = (atOffice, officeOffering);
            }

            if (offering is null && channel != Channel.Online)
            {
                channel = Channel.Counter;
                offering = run.Catalog.Pick(random, profile, channel, run.UnitKinds);
            }

            if (offering is null)
            {
                continue;
            }

            var at = channel == Channel.Online
                ? WorkingHours.OnlineInstant(run.Calendar, date, random)
                : WorkingHours.OfficeInstant(run.Calendar, date, random)!.Value;
            var resident = channel == Channel.Online
                ? (int)(profile.OnlinePool * Math.Pow(random.NextDouble(), 1.3))
                : (int)(profile.Residents * Math.Pow(random.NextDouble(), 1.8));
            var documents = offering.Required.Concat(offering.Optional.Where(_ => random.NextDouble() < 0.3)).ToList();
            var online = channel == Channel.Online;
            var roll = random.NextDouble();
            var outcome = channel == Channel.Counter && random.NextDouble() < (offering.Quick ? 0.85 : 0.35) ? Outcome.WalkIn
                : roll < 0.04 ? Outcome.Rejected
                : online && roll < 0.11 ? Outcome.ReturnedThenCompleted
                : online && roll < 0.13 ? Outcome.Cancelled
                : Outcome.Completed;
            var late = random.NextDouble() < (channel == Channel.Counter ? 0.14 : 0.10);
            var verify = 0.05 + (random.NextDouble() * 0.35);
            var complete = verify + 0.05 + (random.NextDouble() * (0.92 - verify));
            var rated = random.NextDouble() < channel switch { Channel.Online => 0.30, Channel.Kiosk => 0.45, _ => 0.25 };
            var scores = Scores(random, channel != Channel.Counter, (offering.UnitFor(profile) == profile.Code ? sinceJoin : sinceOfficeJoin) is >= 0);
            plans.Add(new RequestPlan(profile, offering.Code, offering.UnitFor(profile), channel, documents, resident, at, outcome, late,
                verify, complete, 30 + random.Next(0, 1200), 60 + random.Next(0, 2880), rated ? scores : null,
                online ? 10 + random.Next(0, 2880) : 1 + random.Next(0, 10)));
        }

        return plans;
    }

    private static int[] Scores(Random random, bool digital, bool joined)
    {
        var quality = 3.05 + (digital ? 0.15 : 0) + (joined ? 0.1 : 0) + (Normal(random) * 0.25);
        return [.. Enumerable.Range(0, 9).Select(_ => Math.Clamp((int)Math.Round(quality + (Normal(random) * 0.55)), 1, 4))];
    }

    private async Task<IEnumerable<Step>> ExecuteAsync(Run run, Batch batch, Step step, CancellationToken cancellationToken)
    {
        batch.Clock.Now = step.At.ToDateTimeOffset();
        batch.Commands++;
        Interlocked.Increment(ref run.CommandCount);
        var plan = step.Plan;
        var officer = run.Officer(plan.UnitCode);
        var at = step.At.ToDateTimeOffset();
        try
        {
            switch (step.Kind)
            {
                case StepKind.Submit:
                    return await SubmitAsync(run, batch, step, cancellationToken);
                case StepKind.Verify:
                    return Next(run, step, await batch.Handler.DecideAsync(step.StreamId, step.Version, new VerifyRequest(Roles.Officer, at), officer, cancellationToken),
                        view => [step.Then(StepKind.Complete, CompletionTime(run, step, view))]);
                case StepKind.Complete:
                    return Next(run, step, await batch.Handler.DecideAsync(step.StreamId, step.Version, new CompleteRequest(Roles.Officer, at), officer, cancellationToken),
                        _ => plan.Scores is null ? [] : [step.Then(StepKind.Rate, step.At.Plus(Duration.FromMinutes(plan.RatingDelayMinutes)))]);
                case StepKind.Reject:
                    return Next(run, step, await batch.Handler.DecideAsync(step.StreamId, step.Version,
                        new RejectRequest("Persyaratan tidak memenuhi ketentuan layanan.", Roles.Officer, at, ReasonCode.InvalidDocument), officer, cancellationToken), _ => []);
                case StepKind.Return:
                    return Next(run, step, await batch.Handler.DecideAsync(step.StreamId, step.Version,
                        new ReturnRequest("Pengantar RT belum terbaca jelas; mohon unggah ulang.", Roles.Officer, at, ReasonCode.InvalidDocument), officer, cancellationToken),
                        _ => [step.Then(StepKind.Resubmit, step.At.Plus(Duration.FromMinutes(plan.ResubmitDelayMinutes)))]);
                case StepKind.Resubmit:
                    return Next(run, step, await batch.Handler.DecideAsync(step.StreamId, step.Version,
                        new ResubmitRequest(plan.Documents, step.CitizenUserId!.Value, at), Citizen(run, step.CitizenUserId.Value), cancellationToken),
                        _ => [step.Then(StepKind.Verify, WorkingHours.AfterWorkingMinutes(step.At, 30 + (int)(plan.VerifyFraction * 240), run.Calendar))]);
                case StepKind.Cancel:
                    return Next(run, step, await batch.Handler.DecideAsync(step.StreamId, step.Version,
                        new CancelRequest(step.CitizenUserId!.Value, at), Citizen(run, step.CitizenUserId.Value), cancellationToken), _ => []);
                case StepKind.Rate:
                    var byCitizen = step.CitizenUserId is { } citizenId;
                    return Next(run, step, await batch.Handler.DecideAsync(step.StreamId, step.Version,
                        new RateService(plan.Scores!, byCitizen ? Roles.Citizen : Roles.Officer, at),
                        byCitizen ? Citizen(run, step.CitizenUserId!.Value) : officer, cancellationToken), _ => []);
                default:
                    throw new InvalidOperationException($"Unknown step {step.Kind}.");
            }
        }
        catch (CodedError error)
        {
            Fail(run, step, [new UserError(error.Code ?? "ERROR", error.Message, [])]);
            return [];
        }
    }

    private async Task<IEnumerable<Step>> SubmitAsync(Run run, Batch batch, Step step, CancellationToken cancellationToken)
    {
        var plan = step.Plan;
        Guid? citizenUserId = null;
        Caller caller;
        string? nik = null;
        if (plan.Channel == Channel.Online)
        {
            citizenUserId = await AccountAsync(run, batch, plan.Home, plan.Resident, cancellationToken);
            caller = Citizen(run, citizenUserId.Value);
        }
        else
        {
            caller = run.Officer(plan.UnitCode);
            nik = run.NikOf(plan.Home, plan.Resident);
        }

        var input = new SubmitServiceRequestInput(plan.ServiceCode, plan.UnitCode, plan.Channel, plan.Documents, null, nik);
        if (plan.Outcome == Outcome.WalkIn)
        {
            var served = await batch.Handler.RecordCounterServiceAsync(input, caller, cancellationToken);
            return Next(run, step with { Version = 0 }, served, view =>
                plan.Scores is null ? [] : [step.Started(view.Id, view.Version, null).Then(StepKind.Rate, step.At.Plus(Duration.FromMinutes(plan.RatingDelayMinutes)))],
                submitted: true);
        }

        var payload = await batch.Handler.SubmitAsync(input, caller, cancellationToken);
        return Next(run, step with { Version = 0 }, payload, view =>
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

    /// <summary>
    /// On time: a planned fraction of the SLA window after the clock started (the submission, or the resubmission with
    /// complete documents); late: some office time after the deadline. Never before verification.
    /// </summary>
    private static Instant CompletionTime(Run run, Step step, ServiceRequestView view)
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

    private static List<Step> Next(Run run, Step step, RequestPayload payload, Func<ServiceRequestView, List<Step>> then, bool submitted = false)
    {
        if (payload.Errors.Count > 0 || payload.Request is not { } view)
        {
            Fail(run, step, payload.Errors);
            return [];
        }

        Interlocked.Add(ref run.EventCount, view.Version - step.Version);
        if (submitted)
        {
            Interlocked.Increment(ref run.RequestCount);
            run.ByChannel.AddOrUpdate(view.Channel, 1, (_, n) => n + 1);
        }

        return [.. then(view).Select(s => s with { Version = view.Version })];
    }

    private static void Fail(Run run, Step step, IReadOnlyList<UserError> errors)
    {
        if (Interlocked.Increment(ref run.FailureCount) <= 5)
        {
            run.Log?.Invoke($"{step.Kind} of {step.Plan.ServiceCode} at {step.Plan.UnitCode} via {step.Plan.Channel} refused: "
                + string.Join("; ", errors.Select(e => $"{e.Code} {e.Message}")));
        }
    }

    /// <summary>The resident's citizen account, registered (through the same registration the API uses) on first online use.</summary>
    private static async Task<Guid> AccountAsync(Run run, Batch batch, KelurahanProfile home, int resident, CancellationToken cancellationToken)
    {
        if (home.Accounts.TryGetValue(resident, out var known))
        {
            return known;
        }

        var nik = run.NikOf(home, resident);
        var email = $"sim{resident}.{home.Code.Replace(".", "", StringComparison.Ordinal)}@warga.example.id";
        var started = Stopwatch.GetTimestamp();
        var registration = ActivatorUtilities.CreateInstance<CitizenRegistration>(batch.Services, (TimeProvider)batch.Clock);
        var registered = await registration.RegisterAsync(
            new RegisterCitizenInput(nik, $"Warga {home.Code} #{resident}", null, email, CitizenPassword), cancellationToken);
        Guid userId;
        if (registered.Citizen is { } profile)
        {
            userId = profile.UserId;
            Interlocked.Increment(ref run.CitizenCount);
        }
        else if (await batch.Services.GetRequiredService<UserManager<PlatformUser>>().FindByNameAsync(email) is { } existing)
        {
            userId = existing.Id; // a forced re-run: the account is there from before
        }
        else
        {
            var key = await batch.Services.GetRequiredService<CitizenKeys>().KeyForAsync(nik, cancellationToken);
            userId = await batch.Services.GetRequiredService<PlatformDbContext>().Set<CitizenProfile>()
                .Where(p => p.AnalyticsKey == key).Select(p => (Guid?)p.UserId).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException("Could not register a simulated citizen: "
                    + string.Join("; ", registered.Errors.Select(e => $"{e.Code} {e.Message}")));
        }

        home.Accounts[resident] = userId;
        Interlocked.Add(ref run.RegistrationTicks, Stopwatch.GetElapsedTime(started).Ticks);
        return userId;
    }

    private static Caller Citizen(Run run, Guid userId) => new(userId.ToString(), "Warga", run.Scenario.TenantId, [Roles.Citizen], null);

    private static int Poisson(Random random, double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda > 30)
        {
            return Math.Max(0, (int)Math.Round(lambda + (Normal(random) * Math.Sqrt(lambda))));
        }

        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>FNV-1a: the same on every run and machine (string.GetHashCode is not).</summary>
    internal static int StableHash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)hash;
        }
    }

    private enum StepKind
    {
        Submit,
        Verify,
        Complete,
        Reject,
        Return,
        Resubmit,
        Cancel,
        Rate,
    }

    private sealed record Step(StepKind Kind, RequestPlan Plan, Instant At)
    {
        public Guid StreamId { get; init; }

        public long Version { get; init; }

        public Guid? CitizenUserId { get; init; }

        public Instant Deadline { get; init; }

        public Step Started(Guid streamId, long version, Guid? citizenUserId) =>
            this with { StreamId = streamId, Version = version, CitizenUserId = citizenUserId };

        public Step Then(StepKind kind, Instant at) => this with { Kind = kind, At = at };
    }

    /// <summary>One DI scope (session, DbContext) for a batch of commands, with the handler on the simulated clock.</summary>
    private sealed class Batch : IAsyncDisposable
    {
        private readonly AsyncServiceScope _scope;

        public Batch(AsyncServiceScope scope)
        {
            _scope = scope;
            Handler = ActivatorUtilities.CreateInstance<ServiceRequestHandler>(scope.ServiceProvider, (TimeProvider)Clock);
        }

        public SimulatedClock Clock { get; } = new(DateTimeOffset.UnixEpoch);

        public ServiceRequestHandler Handler { get; }

        public IServiceProvider Services => _scope.ServiceProvider;

        public int Commands { get; set; }

        /// <summary>Keeps the DbContext's connection open for the batch: the tenant setting is sent once, not per query.</summary>
        public Task OpenAsync(CancellationToken cancellationToken) =>
            _scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.OpenConnectionAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await _scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.CloseConnectionAsync();
            await _scope.DisposeAsync();
        }
    }

    /// <summary>The shared, read-only facts of a run and its thread-safe counters.</summary>
    private sealed class Run(SimulationOptions options, AlgoritmaScenario scenario, WorkingCalendar calendar, Offering.Catalog catalog, Dictionary<string, RegionKind> unitKinds)
    {
        public long EventCount;
        public long RegistrationTicks;
        public long CommandCount;
        public int RequestCount;
        public int CitizenCount;
        public int FailureCount;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Caller> _officers = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), string> _niks = new();

        public SimulationOptions Options { get; } = options;

        public AlgoritmaScenario Scenario { get; } = scenario;

        public WorkingCalendar Calendar { get; } = calendar;

        public Offering.Catalog Catalog { get; } = catalog;

        public Dictionary<string, RegionKind> UnitKinds { get; } = unitKinds;

        public System.Collections.Concurrent.ConcurrentDictionary<Channel, int> ByChannel { get; } = new();

        /// <summary>Commands and time spent per kind of step, for tuning.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, (int Count, long Ticks)> Timings { get; } = new();

        public Action<string>? Log { get; set; }

        public int Requests => RequestCount;

        public long Events => EventCount;

        public long Commands => CommandCount;

        public int Citizens => CitizenCount;

        public int Failures => FailureCount;

        /// <summary>An officer of the unit (no token needed in-process).</summary>
        public Caller Officer(string unitCode) =>
            _officers.GetOrAdd(unitCode, code => new Caller($"sim-officer:{code}", $"Petugas {code}", Scenario.TenantId, [Roles.Officer], code));

        /// <summary>The resident's NIK: kecamatan of the home kelurahan, a birth date and serial drawn from the resident's own seed.</summary>
        public string NikOf(KelurahanProfile home, int resident) =>
            _niks.GetOrAdd((home.Code, resident), key =>
            {
                var random = new Random(unchecked((home.Seed * 31) + resident));
                var village = int.Parse(home.Code[^3..], System.Globalization.CultureInfo.InvariantCulture);
                return SimulatedNik.Create(home.KecamatanCode, random, Scenario.StartsOn, (village * 700) + resident + 1);
            });
    }
}
