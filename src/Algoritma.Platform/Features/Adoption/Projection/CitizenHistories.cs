using System.Text.Json;
using Marten;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The histories (<see cref="CitizenHistory"/>) of a batch's citizens as earlier batches left them (committed): their
/// firsts from adoption_citizens and their days from adoption_citizen_days, one query per tenant. A citizen not yet seen
/// has no history.
/// </summary>
internal static class CitizenHistories
{
    private const string HistoriesOfCitizens = """
        select json_build_object('Key', c.citizen_key, 'FirstUse', c.first_use, 'FirstUnit', c.first_unit,
            'FirstDigitalUse', c.first_digital_use, 'FirstDigitalUnit', c.first_digital_unit,
            'Days', (select json_agg(json_build_object('Day', d.day, 'Unit', d.unit_code, 'Digital', d.digital))
                     from marten.adoption_citizen_days d where d.tenant_id = c.tenant_id and d.citizen_key = c.citizen_key))::text
        from marten.adoption_citizens c where c.tenant_id = ? and c.citizen_key = any(?)
        """;

    public static async Task<IReadOnlyDictionary<(string Tenant, string Citizen), CitizenHistory>> OfAsync(
        IQuerySession session, IEnumerable<(string Tenant, string Citizen)> citizens, CancellationToken cancellation)
    {
        var histories = new Dictionary<(string Tenant, string Citizen), CitizenHistory>();
        foreach (var tenant in citizens.GroupBy(c => c.Tenant, c => c.Citizen))
        {
            foreach (var json in await session.QueryAsync<string>(HistoriesOfCitizens, cancellation, tenant.Key, tenant.Distinct().ToArray()))
            {
                var stored = JsonSerializer.Deserialize<Stored>(json)!;
                histories[(tenant.Key, stored.Key)] = stored.ToHistory();
            }
        }

        return histories;
    }

    private sealed record Stored(string Key, DateOnly FirstUse, string FirstUnit, DateOnly? FirstDigitalUse, string? FirstDigitalUnit, List<StoredDay>? Days)
    {
        public CitizenHistory ToHistory() => new(
            new CitizenFirst(FirstUse, FirstUnit),
            FirstDigitalUse is { } day ? new CitizenFirst(day, FirstDigitalUnit!) : null,
            (Days ?? []).ToDictionary(d => (d.Day, d.Unit), d => d.Digital));
    }

    private sealed record StoredDay(DateOnly Day, string Unit, bool Digital);
}
