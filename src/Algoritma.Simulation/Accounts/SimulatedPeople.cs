using System.Collections.Concurrent;
using System.Globalization;
using Algoritma.Platform.Features.Shared;
using Algoritma.Simulation.Arrivals;
using NodaTime;

namespace Algoritma.Simulation.Accounts;

/// <summary>Who acts in a simulated request (in-process, so no token is needed): an officer per unit, citizens by account, residents by NIK.</summary>
internal sealed class SimulatedPeople(string tenantId, LocalDate asOf)
{
    private readonly ConcurrentDictionary<string, Caller> _officers = new();
    private readonly ConcurrentDictionary<(string, int), string> _niks = new();
    private readonly ConcurrentDictionary<Guid, Caller> _citizens = new();

    /// <summary>An officer of the unit.</summary>
    public Caller Officer(string unitCode) =>
        _officers.GetOrAdd(unitCode, code => new Caller($"sim-officer:{code}", $"Petugas {code}", tenantId, [Roles.Officer], code));

    /// <summary>The citizen signed in with the account <paramref name="userId"/> (with their sealed key, as their token carries it, once <see cref="SignIn"/> saw it).</summary>
    public Caller Citizen(Guid userId) =>
        _citizens.TryGetValue(userId, out var signedIn) ? signedIn : new(userId.ToString(), "Warga", tenantId, [Roles.Citizen], null);

    /// <summary>The account's caller from now on carries <paramref name="sealedCitizenKey"/>, the claim its access token would.</summary>
    public void SignIn(Guid userId, string sealedCitizenKey) =>
        _citizens[userId] = new Caller(userId.ToString(), "Warga", tenantId, [Roles.Citizen], null) { SealedCitizenKey = sealedCitizenKey };

    /// <summary>The resident's NIK: kecamatan of the home kelurahan, a birth date and serial drawn from the resident's own seed.</summary>
    public string NikOf(KelurahanProfile home, int resident) =>
        _niks.GetOrAdd((home.Code, resident), key =>
        {
            var random = new Random(unchecked((home.Seed * 31) + resident));
            var village = int.Parse(home.Code[^3..], CultureInfo.InvariantCulture);
            return SimulatedNik.Create(home.KecamatanCode, random, asOf, (village * 700) + resident + 1);
        });
}
