using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Simulation;
using Algoritma.Simulation.Programme;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>
/// A simulated year of Samarinda: every citizen figure from the per-period counters equals the reference queries,
/// for the city, a kecamatan and a kelurahan, by week and month, over whole periods and over ends inside periods
/// (with uses after the end, and up to the last day with uses).
/// </summary>
public sealed class SimulatedCitizenFiguresTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly LocalDate End = new(2026, 11, 27);

    [Fact]
    public async Task The_counters_answer_what_the_reference_queries_count()
    {
        var launcher = ActivatorUtilities.CreateInstance<AlgoritmaCampaignLauncher>(api.Services);
        var result = await ActivatorUtilities.CreateInstance<UsageSimulator>(api.Services).RunAsync(
            new SimulationOptions("samarinda", Months: 12, End: End, Seed: 7, Scale: 0.25), async (s, token) => await launcher.LaunchAsync(s, token));
        Assert.Equal(0, result.Failures);
        await api.CatchUpAsync();
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

        await using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        var kelurahan = await connection.QuerySingleAsync<string>(
            "SELECT unit_code FROM marten.adoption_citizen_days WHERE unit_code LIKE '%.%.%.%' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1");
        var kecamatan = string.Join('.', kelurahan.Split('.').Take(3));
        var start = result.Scenario!.StartsOn;
        var ranges = new[] { (start, End.PlusDays(1)), (new LocalDate(2026, 1, 14), new LocalDate(2026, 6, 17)), (new LocalDate(2025, 12, 10), new LocalDate(2026, 11, 28)) };

        foreach (var unit in new[] { null, kecamatan, kelurahan })
        {
            foreach (var granularity in new[] { Granularity.Week, Granularity.Month })
            {
                foreach (var (from, to) in ranges)
                {
                    await CitizenFiguresOracle.AssertMatchesAsync(admin, api.Database.ConnectionString, new AdoptionScope("samarinda", unit, from, to, granularity));
                }
            }
        }
    }
}
