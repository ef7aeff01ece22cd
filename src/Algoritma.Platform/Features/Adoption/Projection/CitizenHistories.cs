using System.Globalization;
using Marten;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The histories (<see cref="CitizenHistory"/>) of a batch's citizens as earlier batches left them (committed): their
/// firsts from adoption_citizens and their days from adoption_citizen_days, one query per tenant. A citizen not yet seen
/// has no history. Only the days the batch's counters can depend on are read: those from the citizen's window
/// (<see cref="CitizenHistory.WindowStart"/>) on, which is every day when the batch moves the first use. When the window
/// starts at or after the citizen's recent days (<see cref="CitizenHistory.RecentFrom"/>), as it does for uses in day
/// order, those days come from the citizen's row; otherwise from the day rows.
/// </summary>
internal static class CitizenHistories
{
    // one row per citizen and day (a citizen without days in its window: one row, the day's fields empty), the fields
    // joined by '|', which neither keys (hex digests) nor unit codes hold: for 1,700 citizens PostgreSQL takes about 38 ms
    // to build these against 65-75 ms for the same rows as JSON. The laterals (OFFSET 0 keeps them apart) hold the plan
    // to one index probe per citizen; joined plainly, the planner hashed every citizen of the tenant for each batch.
    // A citizen's recent days, one text, replace the day rows when the window starts within them: at ten million events
    // the day rows of a batch's 1,700 citizens were 37,000 scattered heap rows, the histories' query 190 ms a batch.
    private const string HistoriesOfCitizens = """
        select concat_ws('|', c.citizen_key, c.first_use, c.first_unit, coalesce(c.first_digital_use::text, ''), coalesce(c.first_digital_unit, ''),
            coalesce(d.day::text, ''), coalesce(d.unit_code, ''), coalesce(d.digital::text, ''),
            case when k.window_start >= c.recent_from then c.recent_days else '' end)
        from unnest(?::text[], ?::date[]) as k(citizen_key, window_start)
        cross join lateral (select * from marten.adoption_citizens c where c.tenant_id = ? and c.citizen_key = k.citizen_key offset 0) c
        left join lateral (select d.day, d.unit_code, d.digital from marten.adoption_citizen_days d
            where (c.recent_from is null or k.window_start < c.recent_from)
                and d.tenant_id = c.tenant_id and d.citizen_key = c.citizen_key and d.day >= k.window_start offset 0) d on true
        """;

    /// <param name="citizens">each of the batch's citizens once, with the day of their earliest use in the batch</param>
    public static async Task<IReadOnlyDictionary<(string Tenant, string Citizen), CitizenHistory>> OfAsync(
        IQuerySession session, IEnumerable<((string Tenant, string Citizen) Citizen, DateOnly Earliest)> citizens, CancellationToken cancellation)
    {
        var histories = new Dictionary<(string Tenant, string Citizen), CitizenHistory>();
        foreach (var tenant in citizens.GroupBy(c => c.Citizen.Tenant).Select(g => g.ToList()))
        {
            object[] parameters = [
                tenant.Select(c => c.Citizen.Citizen).ToArray(), tenant.Select(c => CitizenHistory.WindowStart(c.Earliest)).ToArray(),
                tenant[0].Citizen.Tenant];
            var rows = (await session.QueryAsync<string>(HistoriesOfCitizens, cancellation, parameters)).Select(row => row.Split('|'));
            foreach (var citizen in rows.GroupBy(fields => fields[0]))
            {
                histories[(tenant[0].Citizen.Tenant, citizen.Key)] = History(citizen.ToList());
            }
        }

        return histories;
    }

    /// <summary>
    /// A citizen's rows: key, first use, its unit, first digital use, its unit, then either a day, its unit and whether
    /// digital, or (one row) the recent days.
    /// </summary>
    private static CitizenHistory History(List<string[]> rows)
    {
        var fields = rows[0];
        var days = fields[8].Length > 0
            ? RecentDays(fields[8])
            : rows.Where(row => row[5].Length > 0).Select(row => KeyValuePair.Create((Day(row[5]), row[6]), row[7] == "true"));
        return new CitizenHistory(
            new CitizenFirst(Day(fields[1]), fields[2]),
            fields[3].Length > 0 ? new CitizenFirst(Day(fields[3]), fields[4]) : null,
            days.ToDictionary());
    }

    /// <summary>The days <see cref="CitizenHistory.RecentDays"/> wrote.</summary>
    private static IEnumerable<KeyValuePair<(DateOnly Day, string Unit), bool>> RecentDays(string recent) =>
        recent.Split(';').Select(day => day.Split(' ')).Select(fields => KeyValuePair.Create((Day(fields[0]), fields[1]), fields[2] == "t"));

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
