using System.Text.Json;
using Algoritma.Platform.Features.Adoption;
using Algoritma.Simulation;
using Algoritma.Simulation.Programme;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>
/// Twelve simulated months of Samarinda's "Algoritma" campaign (at a small scale), projected by the daemon: the
/// waves show in the series, and a rebuild of the projection gives identical answers.
/// </summary>
public sealed class SimulatedYearTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly LocalDate End = new(2026, 11, 27);

    [Fact]
    public async Task Joined_units_rise_while_waiting_units_stay_near_baseline_and_a_rebuild_changes_nothing()
    {
        var launcher = ActivatorUtilities.CreateInstance<AlgoritmaCampaignLauncher>(api.Services);
        var result = await ActivatorUtilities.CreateInstance<UsageSimulator>(api.Services).RunAsync(
            new SimulationOptions("samarinda", Months: 12, End: End, Seed: 11, Scale: 0.4), async (s, token) => await launcher.LaunchAsync(s, token));
        Assert.Equal(0, result.Failures);
        await api.CatchUpAsync();
        var scenario = result.Scenario!;
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));
        var (first, second, last) = (scenario.Waves[0], scenario.Waves[1], scenario.Waves[2]);
        var settled = first.StartsOn.PlusDays(28);

        var firstWaveBefore = await TakeUpAsync(admin, first.NewUnitCodes, scenario.StartsOn, first.StartsOn);
        var firstWaveAfter = await TakeUpAsync(admin, first.NewUnitCodes, settled, second.StartsOn);
        var lastWaveBefore = await TakeUpAsync(admin, last.NewUnitCodes, scenario.StartsOn, first.StartsOn);
        var lastWaveMeanwhile = await TakeUpAsync(admin, last.NewUnitCodes, settled, second.StartsOn);

        Assert.True(firstWaveAfter - firstWaveBefore > 0.2m, $"first wave {firstWaveBefore} → {firstWaveAfter}");
        Assert.True(Math.Abs(lastWaveMeanwhile - lastWaveBefore) < 0.1m, $"waiting units {lastWaveBefore} → {lastWaveMeanwhile}");
        var campaign = (await admin.PostAsync("""
            { campaigns(first: 1) { nodes { units waves { units } progress { baseline current sinceLaunch targetReached window { from to }
                uplift upliftByLevel { level joined notJoined uplift } } } } }
            """)).Data.GetProperty("campaigns").GetProperty("nodes")[0];
        var progress = campaign.GetProperty("progress");
        Assert.True(progress.GetProperty("uplift").GetDecimal() > 0, progress.ToString());
        Assert.True(progress.GetProperty("current").GetDecimal() > progress.GetProperty("baseline").GetDecimal(), progress.ToString());
        Assert.True(progress.GetProperty("current").GetDecimal() > progress.GetProperty("sinceLaunch").GetDecimal(), progress.ToString());
        Assert.Equal("2026-11-27", progress.GetProperty("window").GetProperty("to").GetString()); // the campaign has ended: its last four weeks
        var levels = progress.GetProperty("upliftByLevel").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!, l => l.GetProperty("uplift"));
        Assert.True(levels["KELURAHAN"].GetDecimal() > 0.2m, progress.ToString());
        Assert.True(levels["KECAMATAN"].GetDecimal() > 0, progress.ToString());

        // the pilot is one kecamatan office and one kelurahan in each of the 10 kecamatan; every office is in by the end
        Assert.Equal(69, campaign.GetProperty("units").GetArrayLength());
        var pilot = campaign.GetProperty("waves")[0].GetProperty("units").EnumerateArray().Select(u => u.GetString()!).ToList();
        Assert.Equal((1, 10), (pilot.Count(u => u.Count(c => c == '.') == 2), pilot.Count(u => u.Count(c => c == '.') == 3)));

        // every whole month saves citizen hours (the first, 28–30 November, is three days)
        var year = (await admin.PostAsync($$"""{ adoption(from: "{{scenario.StartsOn:yyyy-MM-dd}}", to: "{{End.PlusDays(1):yyyy-MM-dd}}", granularity: MONTH) { counterVisitsAvoided citizenHoursSaved } }"""))
            .Data.GetProperty("adoption").EnumerateArray().ToList();
        Assert.All(year.Skip(1), m => Assert.True(m.GetProperty("citizenHoursSaved").GetDecimal() > 0, m.ToString()));

        var live = await AnswersAsync(admin, scenario);
        await api.RebuildAdoptionAsync();
        var rebuilt = await AnswersAsync(admin, scenario);

        Assert.Equal(live, rebuilt);
    }

    /// <summary>Digital take-up over some kelurahan and days, from the unit ranking's counts.</summary>
    private static async Task<decimal> TakeUpAsync(GraphQLClient client, IReadOnlyList<string> units, LocalDate from, LocalDate to)
    {
        var ranking = await client.PostAsync($"{{ unitRanking(metric: COMPLETED, from: \"{from:yyyy-MM-dd}\", to: \"{to:yyyy-MM-dd}\") {{ unitCode completed digitalCompleted }} }}");
        var rows = ranking.Data.GetProperty("unitRanking").EnumerateArray().Where(r => units.Contains(r.GetProperty("unitCode").GetString())).ToList();
        var counts = new UsageCounts(0, rows.Sum(r => r.GetProperty("completed").GetInt64()), rows.Sum(r => r.GetProperty("digitalCompleted").GetInt64()), 0, 0);
        return AdoptionMetrics.DigitalTakeUp(counts) ?? throw new InvalidOperationException("nothing completed");
    }

    private static async Task<string> AnswersAsync(GraphQLClient client, AlgoritmaScenario scenario)
    {
        var range = $"from: \"{scenario.StartsOn:yyyy-MM-dd}\", to: \"{End.PlusDays(1):yyyy-MM-dd}\"";
        var response = await client.PostAsync($$"""
            { adoption({{range}}, granularity: WEEK) { periodStart started completed digitalCompleted rejected completedWithinSla activeCitizens
                activeDigitalCitizens newCitizens newDigitalCitizens submitted digitalSubmitted counterVisitsAvoided citizenHoursSaved
                processingTimes { channel completed medianHours p90Hours medianWorkingHours p90WorkingHours } ikm { value responses } }
              submissionsByWeekday({{range}}) { weekday submitted digitalSubmitted digitalShare }
              lifecycle({{range}}, granularity: MONTH) { periodStart new returning resurrecting dormant }
              retention({{range}}) { cohort size periods { offset active rate } }
              unitRanking(metric: DIGITAL_TAKE_UP, {{range}}) { rank unitCode value }
              campaigns(first: 1) { nodes { progress { baseline current sinceLaunch gap uplift upliftByLevel { level joined notJoined uplift }
                waves { before after } } } } }
            """);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return JsonSerializer.Serialize(response.Data);
    }
}
