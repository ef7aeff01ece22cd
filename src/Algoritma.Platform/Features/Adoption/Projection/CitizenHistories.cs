using System.Text.Json;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>A citizen's history after their first <paramref name="Uses"/> submissions, with what it counts for (<see cref="CitizenCounters.Of"/>), computed once.</summary>
internal sealed record CountedHistory(CitizenHistory History, CitizenCounters Counters, long Uses)
{
    public static readonly CountedHistory None = new(CitizenHistory.None, new CitizenCounters(), 0);

    public static CountedHistory Of(CitizenHistory history, long uses) => new(history, CitizenCounters.Of(history), uses);

    /// <summary>The history with a batch's uses of the citizen added.</summary>
    public CountedHistory With(IReadOnlyCollection<CitizenUse> uses) => Of(History.With(uses), Uses + uses.Count);
}

/// <summary>
/// The histories (<see cref="CitizenHistory"/>) of a batch's citizens as earlier batches left them (committed): their
/// firsts from adoption_citizens and their days from adoption_citizen_days. A history is a function of the citizen's
/// first n submissions in append order (and the tenant's zone), n being adoption_citizens.uses: so the histories the
/// projection computed are kept in memory under that count, and a batch reads from the database only the uses counts
/// and the histories it does not hold. A count that no longer matches (a batch that rolled back, a rebuild, another
/// node's daemon) simply misses. A citizen not yet seen has no history.
/// </summary>
internal sealed class CitizenHistories : IDisposable
{
    /// <summary>Histories kept, least recently used dropped first: about a kilobyte each.</summary>
    public const int Kept = 200_000;

    private const string UsesOfCitizens = """
        select json_build_object('Key', c.citizen_key, 'Uses', c.uses)::text from marten.adoption_citizens c where c.tenant_id = ? and c.citizen_key = any(?)
        """;

    private const string HistoriesOfCitizens = """
        select json_build_object('Key', c.citizen_key, 'Uses', c.uses, 'FirstUse', c.first_use, 'FirstUnit', c.first_unit,
            'FirstDigitalUse', c.first_digital_use, 'FirstDigitalUnit', c.first_digital_unit,
            'Days', (select json_agg(json_build_object('Day', d.day, 'Unit', d.unit_code, 'Digital', d.digital))
                     from marten.adoption_citizen_days d where d.tenant_id = c.tenant_id and d.citizen_key = c.citizen_key))::text
        from marten.adoption_citizens c where c.tenant_id = ? and c.citizen_key = any(?)
        """;

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = Kept });

    /// <summary>The histories of the batch's citizens before it, by (tenant, citizen); a citizen missing has none.</summary>
    /// <param name="zones">each tenant's time zone: a history's days are local days in it</param>
    public async Task<IReadOnlyDictionary<(string Tenant, string Citizen), CountedHistory>> OfAsync(
        IQuerySession session, IEnumerable<(string Tenant, string Citizen)> citizens, IReadOnlyDictionary<string, string> zones, CancellationToken cancellation)
    {
        var histories = new Dictionary<(string Tenant, string Citizen), CountedHistory>();
        foreach (var tenant in citizens.GroupBy(c => c.Tenant, c => c.Citizen))
        {
            var missing = new List<string>();
            foreach (var json in await session.QueryAsync<string>(UsesOfCitizens, cancellation, tenant.Key, tenant.Distinct().ToArray()))
            {
                var counted = JsonSerializer.Deserialize<Counted>(json)!;
                if (_kept.TryGetValue(Key(tenant.Key, zones[tenant.Key], counted.Key, counted.Uses), out CountedHistory? kept))
                {
                    histories[(tenant.Key, counted.Key)] = kept!;
                }
                else
                {
                    missing.Add(counted.Key);
                }
            }

            if (missing.Count > 0)
            {
                foreach (var json in await session.QueryAsync<string>(HistoriesOfCitizens, cancellation, tenant.Key, missing.ToArray()))
                {
                    var stored = JsonSerializer.Deserialize<Stored>(json)!;
                    histories[(tenant.Key, stored.Key)] = CountedHistory.Of(stored.ToHistory(), stored.Uses);
                }
            }
        }

        return histories;
    }

    /// <summary>Keeps a citizen's history after a batch, under their uses count after it.</summary>
    public void Keep(string tenant, string zone, string citizen, CountedHistory history) =>
        _kept.Set(Key(tenant, zone, citizen, history.Uses), history, new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => _kept.Dispose();

    private static (string Tenant, string Zone, string Citizen, long Uses) Key(string tenant, string zone, string citizen, long uses) => (tenant, zone, citizen, uses);

    private sealed record Counted(string Key, long Uses);

    private sealed record Stored(string Key, long Uses, DateOnly FirstUse, string FirstUnit, DateOnly? FirstDigitalUse, string? FirstDigitalUnit, List<StoredDay>? Days)
    {
        public CitizenHistory ToHistory() => new(
            new CitizenFirst(FirstUse, FirstUnit),
            FirstDigitalUse is { } day ? new CitizenFirst(day, FirstDigitalUnit!) : null,
            (Days ?? []).ToDictionary(d => (d.Day, d.Unit), d => d.Digital));
    }

    private sealed record StoredDay(DateOnly Day, string Unit, bool Digital);
}
