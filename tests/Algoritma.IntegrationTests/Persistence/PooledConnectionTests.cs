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

    [Fact]
    public async Task Lookups_with_a_nul_character_leave_other_tenants_lookups_answering_their_own_query()
    {
        if (await PoolTurns.LookUpAsync(api, "samarinda", Known) is null)
        {
            await PoolTurns.SubmitAsync(api, "samarinda", Known);
        }

        // one statement shape for all the lookups
        var failures = await PoolTurns.TakeAsync(
            refused: async (tenant, i) =>
                Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, await PoolTurns.RefusalAsync(() => PoolTurns.LookUpAsync(api, tenant, $"AB\u0000{i}"))),
            ordinary: async (tenant, _) =>
                Assert.Equal(tenant == "samarinda" ? Known : null, (await PoolTurns.LookUpAsync(api, tenant, Known))?.TrackingCode));

        Assert.True(failures.Count == 0, $"{failures.Count} lookups failed: {string.Join("\n", failures.Distinct())}");
    }
}
