using Algoritma.Platform.Persistence;
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
    [Fact]
    public async Task Writes_with_a_nul_character_leave_the_prepared_write_statements_answering_other_writes()
    {
        var failures = await PoolTurns.TakeAsync(
            refused: async (tenant, i) => Assert.Contains(
                await PoolTurns.RefusalAsync(() => PoolTurns.SubmitAsync(api, tenant, $"NUL\u0000{i}")),
                new[] { PostgresErrorCodes.CharacterNotInRepertoire, PostgresErrorCodes.UntranslatableCharacter }),
            ordinary: async (tenant, i) =>
            {
                var code = $"PW{tenant[..3].ToUpperInvariant()}{i:D5}";
                await PoolTurns.SubmitAsync(api, tenant, code);
                Assert.Equal(code, (await PoolTurns.LookUpAsync(api, tenant, code))?.TrackingCode);
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
}
