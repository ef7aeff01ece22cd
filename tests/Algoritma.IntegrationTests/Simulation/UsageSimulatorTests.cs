using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Simulation;
using Algoritma.Simulation.Programme;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Algoritma.IntegrationTests.Simulation;

/// <summary>The simulator on a database of its own (a fresh <see cref="ApiFactory"/>), so "already seeded" means seeded by it.</summary>
public sealed class UsageSimulatorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_month_of_usage_goes_through_the_request_commands_and_a_rerun_appends_nothing()
    {
        var simulator = ActivatorUtilities.CreateInstance<UsageSimulator>(api.Services);
        var options = new SimulationOptions("samarinda", Months: 1, End: new LocalDate(2026, 11, 27), Seed: 7, Scale: 0.3);
        AlgoritmaScenario? launched = null;

        var result = await simulator.RunAsync(options, (scenario, _) =>
        {
            launched = scenario;
            return Task.CompletedTask;
        });

        Assert.False(result.Skipped);
        Assert.Equal(0, result.Failures);
        Assert.True(result.Requests > 50, $"only {result.Requests} requests");
        Assert.Same(result.Scenario, launched);
        Assert.Equal([10, 34, 59], launched!.Waves.Select(w => w.UnitCodes.Count));

        var (views, firstEvents, eventCount) = await api.InTenantAsync<IDocumentSession, (IReadOnlyList<ServiceRequestView>, IReadOnlyList<Type>, int)>("samarinda", async session =>
        {
            var views = await session.Query<ServiceRequestView>().ToListAsync();
            var first = await session.Events.QueryAllRawEvents().Where(e => e.Version == 1).ToListAsync();
            var count = await session.Events.QueryAllRawEvents().CountAsync();
            return (views, first.Select(e => e.EventType).ToList(), count);
        });

        Assert.Equal(result.Requests, views.Count);
        Assert.Equal(result.Events, eventCount);
        Assert.Equal(views.Count, firstEvents.Count);
        Assert.All(firstEvents, type => Assert.Equal(typeof(RequestSubmitted), type));
        var channels = views.Select(v => v.Channel).ToHashSet();
        Assert.Contains(Channel.Counter, channels);
        Assert.Contains(Channel.Online, channels);
        Assert.Contains(views, v => v.Status == RequestStatus.Completed && v.Channel == Channel.Online);
        Assert.All(views, v => Assert.InRange(v.SubmittedAt, new DateTimeOffset(2026, 10, 27, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
        Assert.Contains(views, v => v.Scores is { Count: 9 });

        var again = await simulator.RunAsync(options with { Seed = 8 });

        Assert.True(again.Skipped);
        var after = await api.InTenantAsync<IDocumentSession, int>("samarinda", session => session.Events.QueryAllRawEvents().CountAsync());
        Assert.Equal(eventCount, after);
    }
}
