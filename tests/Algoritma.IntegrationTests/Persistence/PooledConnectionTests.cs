using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Persistence;
using Marten;
using Npgsql;

namespace Algoritma.IntegrationTests.Persistence;

/// <summary>
/// A command PostgreSQL refuses (here a text parameter holding NUL, which no PostgreSQL text can hold) must leave the
/// pooled connection it ran on answering the next command it is given, whichever request holds the connection next.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PooledConnectionTests(ApiFactory api)
{
    private const string Known = "POOLNUL01";

    private static readonly string[] Tenants = ["samarinda", "makassar", "ponorogo"];

    [Fact]
    public async Task Lookups_with_a_nul_character_leave_other_tenants_lookups_answering_their_own_query()
    {
        await EnsureKnownRequestAsync();
        var failures = new List<string>();

        // the refused lookups and the ordinary ones take turns on the same pooled connections (one statement shape for all):
        // each tenant's sessions have a pool of their own, so both kinds run in the same tenants
        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            try
            {
                var tenant = Tenants[i / 2 % Tenants.Length];
                if (i % 2 == 0)
                {
                    var refused = await Assert.ThrowsAnyAsync<Exception>(() => LookUpAsync(tenant, $"AB\u0000{i}"));
                    Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, (refused as PostgresException ?? refused.InnerException as PostgresException)?.SqlState);
                }
                else
                {
                    Assert.Equal(tenant == "samarinda" ? Known : null, (await LookUpAsync(tenant, Known))?.TrackingCode);
                }
            }
            catch (Exception e)
            {
                lock (failures)
                {
                    failures.Add($"{(i % 2 == 0 ? "refused" : "ordinary")} lookup: {e.GetType().Name}: {e.Message} {e.InnerException?.Message}");
                }
            }
        });

        Assert.True(failures.Count == 0, $"{failures.Count} lookups failed: {string.Join("\n", failures.Distinct())}");
    }

    private Task<ServiceRequestView?> LookUpAsync(string tenant, string code) =>
        api.InTenantAsync<IQuerySession, ServiceRequestView?>(tenant,
            session => session.Query<ServiceRequestView>().WhereCaptured(v => v.TrackingCode == code).FirstOrDefaultAsync());

    private async Task EnsureKnownRequestAsync()
    {
        if (await LookUpAsync("samarinda", Known) is not null)
        {
            return;
        }

        await api.InTenantAsync<IDocumentSession, int>("samarinda", async session =>
        {
            var id = Guid.CreateVersion7();
            var now = DateTimeOffset.UtcNow;
            session.Events.StartStream<ServiceRequestView>(id,
                new RequestSubmitted(id, Known, "ktp", 1, "64.72.01.1001", Channel.Counter, "pool", null, [], now, now.AddDays(3), "officer"));
            await session.SaveChangesAsync();
            return 0;
        });
    }
}
