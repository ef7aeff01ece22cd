using System.Globalization;
using Marten;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The histories (<see cref="CitizenHistory"/>) of a batch's citizens as earlier batches left them (committed), per
/// tenant: each citizen's firsts and recent days (<see cref="CitizenHistory.RecentDays"/>) from their adoption_citizens
/// row. A citizen not yet seen has no history. The batch's counters depend only on the days from the citizen's window
/// (<see cref="CitizenHistory.WindowStart"/>) on, which is every day when the batch moves the first use; uses arriving in
/// day order have their window within the recent days. A late older use's window starts before them: that citizen's
/// days from the window up to the recent days are read from adoption_citizen_days, one query for all such citizens.
/// </summary>
internal static class CitizenHistories
{
    // the fields joined by '|', which neither keys (hex digests) nor unit codes hold; the lateral (OFFSET 0 keeps it
    // apart) holds the plan to one index probe per citizen: joined plainly, the planner hashed every citizen of the
    // tenant for each batch. One row per citizen: at ten million events a batch's 1,700 citizens had 37,000 day rows on
    // scattered heap pages, which took 190 ms a batch to read.
    private const string CitizensOfBatch = """
        select concat_ws('|', c.citizen_key, c.first_use, c.first_unit, coalesce(c.first_digital_use::text, ''), coalesce(c.first_digital_unit, ''),
            coalesce(c.recent_from::text, ''), coalesce(c.recent_days, ''))
        from unnest(?::text[]) as k(citizen_key)
        cross join lateral (select * from marten.adoption_citizens c where c.tenant_id = ? and c.citizen_key = k.citizen_key offset 0) c
        """;

    // the day rows between each late citizen's window and recent days, through the day-ordered key: one range scan
    private const string DaysBeforeRecent = """
        select concat_ws('|', d.citizen_key, d.day, d.unit_code, d.digital)
        from marten.adoption_citizen_days d
        join unnest(?::text[], ?::date[], ?::date[]) as k(citizen_key, window_start, recent_from) on k.citizen_key = d.citizen_key
        where d.tenant_id = ? and d.day >= ? and d.day < ? and d.day >= k.window_start and d.day < k.recent_from
        """;

    /// <param name="citizens">each of the batch's citizens once, with the day of their earliest use in the batch</param>
    public static async Task<IReadOnlyDictionary<(string Tenant, string Citizen), CitizenHistory>> OfAsync(
        IQuerySession session, IEnumerable<((string Tenant, string Citizen) Citizen, DateOnly Earliest)> citizens, CancellationToken cancellation)
    {
        var histories = new Dictionary<(string Tenant, string Citizen), CitizenHistory>();
        foreach (var tenant in citizens.GroupBy(c => c.Citizen.Tenant))
        {
            var windows = tenant.ToDictionary(c => c.Citizen.Citizen, c => CitizenHistory.WindowStart(c.Earliest), StringComparer.Ordinal);
            var kept = (await session.QueryAsync<string>(CitizensOfBatch, cancellation, windows.Keys.ToArray(), tenant.Key))
                .Select(row => Kept.Parse(row.Split('|'))).ToList();
            var late = kept.Where(c => windows[c.Citizen] < c.RecentFrom).Select(c => (c.Citizen, Window: windows[c.Citizen], c.RecentFrom)).ToList();
            var earlier = late.Count == 0 ? NoDays : await DaysBeforeRecentAsync(session, tenant.Key, late, cancellation);
            foreach (var citizen in kept)
            {
                var days = citizen.Days.Concat(earlier[citizen.Citizen]).ToDictionary();
                histories[(tenant.Key, citizen.Citizen)] = new CitizenHistory(citizen.First, citizen.FirstDigital, days);
            }
        }

        return histories;
    }

    private static readonly ILookup<string, KeyValuePair<(DateOnly Day, string Unit), bool>> NoDays =
        Array.Empty<KeyValuePair<(DateOnly Day, string Unit), bool>>().ToLookup(_ => "");

    private static async Task<ILookup<string, KeyValuePair<(DateOnly Day, string Unit), bool>>> DaysBeforeRecentAsync(
        IQuerySession session, string tenant, List<(string Citizen, DateOnly Window, DateOnly RecentFrom)> late, CancellationToken cancellation)
    {
        object[] parameters = [
            late.Select(c => c.Citizen).ToArray(), late.Select(c => c.Window).ToArray(), late.Select(c => c.RecentFrom).ToArray(),
            tenant, late.Min(c => c.Window), late.Max(c => c.RecentFrom)];
        return (await session.QueryAsync<string>(DaysBeforeRecent, cancellation, parameters)).Select(row => row.Split('|'))
            .ToLookup(fields => fields[0], fields => KeyValuePair.Create((Day(fields[1]), fields[2]), fields[3] == "true"), StringComparer.Ordinal);
    }

    /// <summary>
    /// A citizen's row: key, first use, its unit, first digital use, its unit, recent days' start, recent days. A row
    /// written before the recent days were kept has none: every day from the window on is read from the day rows.
    /// </summary>
    private sealed record Kept(string Citizen, CitizenFirst First, CitizenFirst? FirstDigital, DateOnly RecentFrom, IEnumerable<KeyValuePair<(DateOnly Day, string Unit), bool>> Days)
    {
        public static Kept Parse(string[] fields) => new(
            fields[0], new CitizenFirst(Day(fields[1]), fields[2]), fields[3].Length > 0 ? new CitizenFirst(Day(fields[3]), fields[4]) : null,
            fields[5].Length > 0 ? Day(fields[5]) : DateOnly.MaxValue, fields[6].Length > 0 ? RecentDays(fields[6]) : []);
    }

    /// <summary>The days <see cref="CitizenHistory.RecentDays"/> wrote.</summary>
    private static IEnumerable<KeyValuePair<(DateOnly Day, string Unit), bool>> RecentDays(string recent) =>
        recent.Split(';').Select(day => day.Split(' ')).Select(fields => KeyValuePair.Create((Day(fields[0]), fields[1]), fields[2] == "t"));

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
