using JasperFx.Events;
using Marten;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The time zones of a batch's tenants, read once per batch: the producers compute tenant-local days in memory. A tenant
/// missing from the table is missing here, and a producer needing its zone fails the batch rather than drop its rows.
/// </summary>
internal static class TenantZones
{
    private const string ZoneOfTenant = "select time_zone from public.tenants where id = ?";

    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(
        IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tenant in events.Select(e => e.TenantId).Distinct(StringComparer.Ordinal))
        {
            var zone = (await session.QueryAsync<string>(ZoneOfTenant, cancellation, tenant)).SingleOrDefault();
            if (zone is not null)
            {
                zones[tenant] = zone;
            }
        }

        return zones;
    }
}
