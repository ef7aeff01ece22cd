using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Persistence;
using Marten;
using Npgsql;

namespace Algoritma.IntegrationTests.Persistence;

/// <summary>
/// Refused and ordinary commands taking turns on the same pooled connections: 400 turns, eight at a time, each pair in
/// the next of three tenants (each tenant's sessions have a pool of their own, so both kinds run in every tenant).
/// </summary>
internal static class PoolTurns
{
    private static readonly string[] Tenants = ["samarinda", "makassar", "ponorogo"];

    /// <summary>Runs the turns (even ones refused, odd ones ordinary, given the tenant and the turn); every failure, described.</summary>
    public static async Task<IReadOnlyList<string>> TakeAsync(Func<string, int, Task> refused, Func<string, int, Task> ordinary)
    {
        var failures = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var tenant = Tenants[i / 2 % Tenants.Length];
            try
            {
                await (i % 2 == 0 ? refused(tenant, i) : ordinary(tenant, i));
            }
            catch (Exception e)
            {
                lock (failures)
                {
                    failures.Add($"{(i % 2 == 0 ? "refused" : "ordinary")}: {e.GetType().Name}: {e.Message} {e.InnerException?.Message}");
                }
            }
        });
        return failures;
    }

    /// <summary>The SQLSTATE PostgreSQL refused the work with (directly or wrapped once by Marten).</summary>
    public static async Task<string?> RefusalAsync(Func<Task> work)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(work);
        return (refused as PostgresException ?? refused.InnerException as PostgresException)?.SqlState;
    }

    public static Task<ServiceRequestView?> LookUpAsync(ApiFactory api, string tenant, string code) =>
        api.InTenantAsync<IQuerySession, ServiceRequestView?>(tenant,
            session => session.Query<ServiceRequestView>().WhereCaptured(v => v.TrackingCode == code).FirstOrDefaultAsync());

    /// <summary>A new request stream (and its inline view) with the tracking code, through a Marten session of the tenant.</summary>
    public static Task<int> SubmitAsync(ApiFactory api, string tenant, string code) =>
        api.InTenantAsync<IDocumentSession, int>(tenant, async session =>
        {
            var id = Guid.CreateVersion7();
            var now = DateTimeOffset.UtcNow;
            session.Events.StartStream<ServiceRequestView>(id,
                new RequestSubmitted(id, code, "ktp", 1, "64.72.01.1001", Channel.Counter, "pool", null, [], now, now.AddDays(3), "officer"));
            await session.SaveChangesAsync();
            return 0;
        });
}
