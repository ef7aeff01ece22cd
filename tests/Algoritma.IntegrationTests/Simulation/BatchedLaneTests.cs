using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using Algoritma.Simulation;
using Algoritma.Simulation.Lifecycle;
using Algoritma.Simulation.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Algoritma.IntegrationTests.Simulation;

/// <summary>
/// The simulator's batched lane (the default of <c>simulate</c>) against the one-by-one lane through the API's handler,
/// on a database of its own: the same streams, and the same refusals.
/// </summary>
public sealed class BatchedLaneTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Unit = "64.72.01.1001";
    private const string Nik = "6472014107950003";

    [Fact]
    public async Task The_batched_lane_appends_the_same_streams_and_views_as_the_one_by_one_lane()
    {
        var simulator = ActivatorUtilities.CreateInstance<UsageSimulator>(api.Services);
        // forced: the other test may have saved a request first; both runs make the same plans, the second finds the
        // citizens' accounts the first registered
        var options = new SimulationOptions("samarinda", Months: 1, End: new LocalDate(2026, 11, 27), Seed: 11, Scale: 0.3, Force: true, Parallelism: 1, OneByOne: true);
        var before = await ScalarAsync<long>("SELECT coalesce(max(seq_id), 0) FROM marten.mt_events");

        var oneByOne = await simulator.RunAsync(options);
        var lastOneByOne = await ScalarAsync<long>("SELECT max(seq_id) FROM marten.mt_events");
        var batched = await simulator.RunAsync(options with { OneByOne = false });

        Assert.Equal(0, oneByOne.Failures);
        Assert.Equal(0, batched.Failures);
        Assert.True(oneByOne.Requests > 50, $"only {oneByOne.Requests} requests");
        Assert.Equal((oneByOne.Requests, oneByOne.Events, oneByOne.Commands), (batched.Requests, batched.Events, batched.Commands));
        var streams = await NormalisedAsync("""
            SELECT s.first > $1, string_agg(e.type || (e.data - 'RequestId' - 'TrackingCode')::text, '|' ORDER BY e.version)
            FROM marten.mt_events e JOIN (SELECT stream_id, min(seq_id) AS first FROM marten.mt_events GROUP BY stream_id) s USING (stream_id)
            WHERE e.stream_id IN (SELECT id FROM marten.mt_doc_servicerequestview) AND s.first > $2
            GROUP BY s.stream_id, s.first
            """, lastOneByOne, before);
        var views = await NormalisedAsync("""
            SELECT s.first > $1, (d.data - 'Id' - 'TrackingCode')::text
            FROM marten.mt_doc_servicerequestview d JOIN (SELECT stream_id, min(seq_id) AS first FROM marten.mt_events GROUP BY stream_id) s ON s.stream_id = d.id
            WHERE s.first > $2
            """, lastOneByOne, before);
        Assert.Equal(oneByOne.Requests, streams.OneByOne.Count);
        Assert.Equal(streams.OneByOne, streams.Batched);
        Assert.Equal(views.OneByOne, views.Batched);
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM marten.mt_events WHERE seq_id > {lastOneByOne} AND substr(stream_id::text, 15, 1) <> '7'"));
    }

    [Fact]
    public async Task The_batched_lane_refuses_what_the_handler_refuses_and_saves_only_what_it_accepted()
    {
        var documents = await InTenantAsync(async services =>
        {
            var offer = await services.GetRequiredService<TenantServices>().FindAsync("domisili", CancellationToken.None);
            return (IReadOnlyList<string>)[.. offer!.Standard!.Standard.Requirements.Where(r => r.Required).Select(r => r.Code)];
        });
        var officer = new Caller($"sim-officer:{Unit}", "Petugas", "samarinda", [Roles.Officer], Unit);
        var stranger = new Caller("sim-officer:64.72.02.1001", "Petugas", "samarinda", [Roles.Officer], "64.72.02.1001");
        var input = new SubmitServiceRequestInput("domisili", Unit, Channel.Counter, documents, null, Nik);
        var atUnit = $"SELECT count(*) FROM marten.mt_doc_servicerequestview WHERE data ->> 'UnitCode' = '{Unit}'";
        var before = await ScalarAsync<long>(atUnit);

        var (tooLong, missing, served, again, byStranger, retired, saved) = await InTenantAsync(async services =>
        {
            await using var lane = new BatchedLane(services.GetRequiredService<IServiceScopeFactory>());
            await lane.ReadyAsync(CancellationToken.None);
            lane.Clock.Now = new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero); // 09:00 in Samarinda
            var tooLong = await lane.StartAsync(input with { Documents = [new string('X', 500)] }, officer, atCounter: true, CancellationToken.None);
            var missing = await lane.StartAsync(input with { Documents = [] }, officer, atCounter: true, CancellationToken.None);
            var served = await lane.StartAsync(input, officer, atCounter: true, CancellationToken.None);
            var view = served.Request!;
            var step = new Step(StepKind.Verify, null!, Instant.FromDateTimeOffset(lane.Clock.Now)) { StreamId = view.Id, Version = view.Version };
            var again = await lane.DecideAsync(step, new VerifyRequest(Roles.Officer, lane.Clock.Now), officer, CancellationToken.None);
            var byStranger = await lane.DecideAsync(step, new RateService([4, 4, 4, 4, 4, 4, 4, 4, 4], Roles.Officer, lane.Clock.Now), stranger, CancellationToken.None);
            lane.Settled(goesOn: false);
            await RetireAsync(services, DateTimeOffset.UtcNow);
            try
            {
                var retired = await lane.StartAsync(input, officer, atCounter: true, CancellationToken.None);
                await lane.FinishAsync(CancellationToken.None);
                var saved = await services.GetRequiredService<Marten.IDocumentSession>().Events.FetchStreamAsync(view.Id);
                return (tooLong, missing, served, again, byStranger, retired, saved);
            }
            finally
            {
                await RetireAsync(services, null);
            }
        });

        Assert.Equal(InputBounds.TooLong, tooLong.Errors.Single().Code);
        Assert.Equal(RequestDecider.MissingDocument, missing.Errors[0].Code);
        Assert.Empty(served.Errors);
        Assert.Equal(RequestDecider.InvalidTransition, again.Errors.Single().Code);
        Assert.Equal(RequestDecider.OutOfScope, byStranger.Errors.Single().Code);
        Assert.Equal(RequestDecider.UnitRetired, retired.Errors.Single().Code);
        Assert.Equal([typeof(RequestSubmitted), typeof(RequestVerified), typeof(RequestCompleted)], saved.Select(e => e.EventType));
        Assert.Equal(before + 1, await ScalarAsync<long>(atUnit));
    }

    private static async Task RetireAsync(IServiceProvider services, DateTimeOffset? at)
    {
        var db = services.GetRequiredService<PlatformDbContext>();
        await db.RegionUnits.Where(u => u.Code == Unit).ExecuteUpdateAsync(u => u.SetProperty(x => x.RetiredAt, at));
        services.GetRequiredService<TenantCache>().Invalidate();
    }

    private async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TenantScopes>().RunAsync("samarinda", () => work(scope.ServiceProvider));
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();
        return (T)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
    }

    /// <summary>The rows of <paramref name="sql"/> (a flag: after <paramref name="lastOneByOne"/>, and a text), each side sorted; $2 is <paramref name="before"/>.</summary>
    private async Task<(List<string> OneByOne, List<string> Batched)> NormalisedAsync(string sql, long lastOneByOne, long before)
    {
        await using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters = { new NpgsqlParameter { Value = lastOneByOne }, new NpgsqlParameter { Value = before } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var (oneByOne, batched) = (new List<string>(), new List<string>());
        while (await reader.ReadAsync())
        {
            (reader.GetBoolean(0) ? batched : oneByOne).Add(reader.GetString(1));
        }

        oneByOne.Sort(StringComparer.Ordinal);
        batched.Sort(StringComparer.Ordinal);
        return (oneByOne, batched);
    }
}
