using System.Diagnostics;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Persistence;
using Algoritma.Simulation.Arrivals;
using Algoritma.Simulation.Workers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Simulation.Accounts;

/// <summary>Citizen accounts of simulated residents, registered through the same registration the API uses.</summary>
internal static class CitizenAccounts
{
    private const string Password = "Warga-Simulasi-2026";

    /// <summary>Creates the tenant's analytics secret (made on first use) once, before the workers race to create it.</summary>
    public static Task PrepareTenantKeyAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CitizenKeys>().KeyForAsync("6472010101800001", cancellationToken);

    /// <summary>The resident's account, registered on the resident's first online use.</summary>
    public static async Task<Guid> FindOrRegisterAsync(
        SimulationRun run, ICommandLane lane, KelurahanProfile home, int resident, CancellationToken cancellationToken)
    {
        var (services, clock) = (lane.Services, lane.Clock);
        if (home.Accounts.TryGetValue(resident, out var known))
        {
            return known;
        }

        var nik = run.People.NikOf(home, resident);
        var email = $"sim{resident}.{home.Code.Replace(".", "", StringComparison.Ordinal)}@warga.example.id";
        var started = Stopwatch.GetTimestamp();
        var registration = ActivatorUtilities.CreateInstance<CitizenRegistration>(services, clock);
        var registered = await lane.RegisterCitizenAsync(
            registration, new RegisterCitizenInput(nik, $"Warga {home.Code} #{resident}", null, email, Password), cancellationToken);
        Guid userId;
        if (registered.Citizen is { } profile)
        {
            userId = profile.UserId;
            run.Counters.CitizenRegistered();
        }
        else if (await services.GetRequiredService<UserManager<PlatformUser>>().FindByNameAsync(email) is { } existing)
        {
            userId = existing.Id; // a forced re-run: the account is there from before
        }
        else
        {
            var key = await services.GetRequiredService<CitizenKeys>().KeyForAsync(nik, cancellationToken);
            userId = await services.GetRequiredService<PlatformDbContext>().Set<CitizenProfile>()
                .Where(p => p.AnalyticsKey == key).Select(p => (Guid?)p.UserId).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException("Could not register a simulated citizen: "
                    + string.Join("; ", registered.Errors.Select(e => $"{e.Code} {e.Message}")));
        }

        var keys = services.GetRequiredService<CitizenKeys>();
        // a staged account is not saved yet: its key is the profile's
        if ((registered.Citizen?.AnalyticsKey ?? await keys.KeyOfUserAsync(userId, cancellationToken)) is { } citizenKey)
        {
            run.People.SignIn(userId, keys.Seal(citizenKey));
        }

        home.Accounts[resident] = userId;
        run.Counters.RegistrationTook(Stopwatch.GetElapsedTime(started));
        return userId;
    }
}
