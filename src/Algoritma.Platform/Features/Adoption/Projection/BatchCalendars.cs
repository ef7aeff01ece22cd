using System.Text.Json;
using Algoritma.Platform.Features.Requests.Sla;
using Marten;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The working calendars of the tenants whose requests a batch completes, read once per batch as the tenants' settings
/// stand (the working time of a completion is measured against them, as the SLA is).
/// </summary>
internal static class BatchCalendars
{
    private const string CalendarOfTenant = """
        select json_build_object('TimeZone', time_zone, 'WorkDays', work_days, 'Holidays', holidays, 'Opens', office_opens, 'Closes', office_closes)::text
        from public.tenants where id = ?
        """;

    public static async Task<IReadOnlyDictionary<string, WorkingCalendar>> OfAsync(IQuerySession session, IEnumerable<string> tenants, CancellationToken cancellation)
    {
        var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        foreach (var tenant in tenants.Distinct(StringComparer.Ordinal))
        {
            if ((await session.QueryAsync<string>(CalendarOfTenant, cancellation, tenant)).SingleOrDefault() is { } json)
            {
                var stored = JsonSerializer.Deserialize<Stored>(json)!;
                calendars[tenant] = WorkingCalendar.Create(stored.TimeZone, stored.WorkDays, stored.Holidays, stored.Opens, stored.Closes);
            }
        }

        return calendars;
    }

    private sealed record Stored(string TimeZone, int[] WorkDays, DateOnly[] Holidays, TimeOnly Opens, TimeOnly Closes);
}
