using Algoritma.Platform.Features.Campaigns;
using Algoritma.Platform.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Simulation.Programme;

/// <summary>
/// Launches the scenario's "Algoritma" campaign through the campaign commands, as a city admin would, and records
/// a sosialisasi in every kelurahan and kecamatan office on the day its wave joins. A kecamatan is listed beside its
/// kelurahan, so it names its office only (see <see cref="CampaignUnits"/>).
/// </summary>
public sealed class AlgoritmaCampaignLauncher(IServiceProvider services)
{
    public async Task<Guid> LaunchAsync(AlgoritmaScenario scenario, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignHandler>();
        var admin = new Caller("simulator", "Simulator", scenario.TenantId, [Roles.CityAdmin], null);
        var waves = scenario.Waves.Select(w => new CampaignWave($"Gelombang {w.Number}", w.StartsOn.ToDateOnly(), [.. w.NewOfficeCodes, .. w.NewUnitCodes])).ToList();
        var launched = await campaigns.LaunchAsync(new LaunchCampaignInput(
            scenario.Name, CampaignGoalMetric.DigitalTakeUp, scenario.Target, [.. scenario.AllOfficeCodes, .. scenario.AllUnitCodes], waves[0].StartsOn, scenario.EndsOn.ToDateOnly(),
            waves, [.. scenario.PriorityDays.Select(d => NodaTime.Extensions.IsoDayOfWeekExtensions.ToDayOfWeek(d))]), admin, cancellationToken);
        var campaign = launched.Campaign ?? throw new InvalidOperationException(
            "The Algoritma campaign was refused: " + string.Join("; ", launched.Errors.Select(e => $"{e.Code} {e.Message}")));

        var version = campaign.Version;
        foreach (var (wave, index) in waves.Select((w, i) => (w, i)))
        {
            foreach (var unit in wave.Units)
            {
                var attendance = 20 + (unit.Sum(c => c) % 40); // deterministic, like the rest of the simulation
                var recorded = await campaigns.RecordActivityAsync(campaign.Id, version, CampaignActivityKind.Sosialisasi, wave.StartsOn, unit,
                    attendance, $"Sosialisasi {wave.Name}", cancellationToken);
                version = recorded.Campaign?.Version ?? throw new InvalidOperationException(
                    $"Activity refused at {unit}: " + string.Join("; ", recorded.Errors.Select(e => e.Code)));
            }
        }

        return campaign.Id;
    }
}
