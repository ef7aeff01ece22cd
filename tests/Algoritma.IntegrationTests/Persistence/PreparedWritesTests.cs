using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Persistence;
using Marten;
using Npgsql;

namespace Algoritma.IntegrationTests.Persistence;

/// <summary>
/// Marten's write batches are prepared explicitly on their pooled connections (<see cref="PreparedWrites"/>). A write
/// PostgreSQL refuses at Bind (here NUL in the request's text and JSON) must leave those prepared statements answering
/// the next write, whichever request holds the connection then: with Npgsql's automatic preparation instead, a dozen of
/// the ordinary writes below fail with "unexpected backend message DataRow" (npgsql/npgsql#6391). On a database of
/// its own, as the writes add requests in every tenant.
/// </summary>
public sealed class PreparedWritesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] Tenants = ["samarinda", "makassar", "ponorogo"];

    [Fact]
    public async Task Writes_with_a_nul_character_leave_the_prepared_write_statements_answering_other_writes()
    {
        var failures = new List<string>();

        // refused and ordinary writes of the same statements take turns on each tenant's pooled connections
        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            try
            {
                var tenant = Tenants[i / 2 % Tenants.Length];
                if (i % 2 == 0)
                {
                    var refused = await Assert.ThrowsAnyAsync<Exception>(() => SubmitAsync(tenant, $"NUL\u0000{i}"));
                    var state = (refused as PostgresException ?? refused.InnerException as PostgresException)?.SqlState;
                    Assert.Contains(state, new[] { PostgresErrorCodes.CharacterNotInRepertoire, PostgresErrorCodes.UntranslatableCharacter });
                }
                else
                {
                    var code = $"PW{tenant[..3].ToUpperInvariant()}{i:D5}";
                    await SubmitAsync(tenant, code);
                    Assert.Equal(code, (await LookUpAsync(tenant, code))?.TrackingCode);
                }
            }
            catch (Exception e)
            {
                lock (failures)
                {
                    failures.Add($"{(i % 2 == 0 ? "refused" : "ordinary")} write: {e.GetType().Name}: {e.Message} {e.InnerException?.Message}");
                }
            }
        });

        Assert.True(failures.Count == 0, $"{failures.Count} writes failed: {string.Join("\n", failures.Distinct())}");
    }

    [Fact]
    public async Task A_batch_on_an_open_connection_is_prepared_there_up_to_the_bound_and_one_without_a_connection_is_left_alone()
    {
        var preparer = new PreparedWrites(maxStatements: 1);
        await using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();

        Assert.Equal(1, await RunAsync(preparer, connection, "select $1::int + 1 as prepared_first"));
        Assert.Equal(0, await RunAsync(preparer, connection, "select $1::int + 2 as beyond_the_bound"));
        Assert.Equal(1, await RunAsync(preparer, connection, "select $1::int + 1 as prepared_first"));
        using var unconnected = new NpgsqlBatch { BatchCommands = { new NpgsqlBatchCommand("select 1 as no_connection") } };
        preparer.OnBeforeExecute(unconnected);
        Assert.Null(unconnected.Connection);
    }

    /// <summary>Runs the SQL through the preparer on the connection; how many prepared statements the connection then holds for it.</summary>
    private static async Task<long> RunAsync(PreparedWrites preparer, NpgsqlConnection connection, string sql)
    {
        await using (var batch = new NpgsqlBatch(connection) { BatchCommands = { new NpgsqlBatchCommand(sql) { Parameters = { new() { Value = 41 } } } } })
        {
            preparer.OnBeforeExecute(batch);
            await batch.ExecuteNonQueryAsync();
        }

        await using var count = new NpgsqlCommand("select count(*) from pg_prepared_statements where statement = $1", connection)
        {
            Parameters = { new() { Value = sql } },
        };
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private Task<int> SubmitAsync(string tenant, string code) =>
        api.InTenantAsync<IDocumentSession, int>(tenant, async session =>
        {
            var id = Guid.CreateVersion7();
            var now = DateTimeOffset.UtcNow;
            session.Events.StartStream<ServiceRequestView>(id,
                new RequestSubmitted(id, code, "ktp", 1, "64.72.01.1001", Channel.Counter, "pool", null, [], now, now.AddDays(3), "officer"));
            await session.SaveChangesAsync();
            return 0;
        });

    private Task<ServiceRequestView?> LookUpAsync(string tenant, string code) =>
        api.InTenantAsync<IQuerySession, ServiceRequestView?>(tenant,
            session => session.Query<ServiceRequestView>().WhereCaptured(v => v.TrackingCode == code).FirstOrDefaultAsync());
}
