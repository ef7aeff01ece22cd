using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using Algoritma.Simulation;
using Algoritma.Simulation.Lifecycle;
using Algoritma.Simulation.Workers;
using Marten;
using Microsoft.AspNetCore.Identity;
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
        // forced: the other test may have saved a request first; both runs make the same plans
        var options = new SimulationOptions("samarinda", Months: 1, End: new LocalDate(2026, 11, 27), Seed: 11, Scale: 0.3, Force: true, Parallelism: 1, OneByOne: true);
        var before = await ScalarAsync<long>("SELECT coalesce(max(seq_id), 0) FROM marten.mt_events");

        var oneByOne = await simulator.RunAsync(options);
        var lastOneByOne = await ScalarAsync<long>("SELECT max(seq_id) FROM marten.mt_events");
        // the first run's citizen accounts step aside (another sign-in name, and their NIK keys in capitals), so the batched run registers its own
        var renamed = await ScalarAsync<long>("""
            WITH sim AS (UPDATE users SET user_name = 'old-' || user_name, normalized_user_name = 'OLD-' || normalized_user_name,
                                          email = 'old-' || email, normalized_email = 'OLD-' || normalized_email
                         WHERE email LIKE 'sim%@warga.example.id' RETURNING id),
                 profiles AS (UPDATE citizen_profiles SET analytics_key = upper(analytics_key) WHERE user_id IN (SELECT id FROM sim) RETURNING 1)
            SELECT count(*) FROM profiles
            """);
        var batched = await simulator.RunAsync(options with { OneByOne = false });

        Assert.Equal(0, oneByOne.Failures);
        Assert.Equal(0, batched.Failures);
        Assert.True(oneByOne.Requests > 50, $"only {oneByOne.Requests} requests");
        Assert.True(renamed > 0 && batched.CitizensRegistered == renamed, $"{renamed} accounts renamed, {batched.CitizensRegistered} registered by the batched lane");
        Assert.Equal((oneByOne.Requests, oneByOne.Events, oneByOne.Commands), (batched.Requests, batched.Events, batched.Commands));
        // each stream: its row in mt_streams, every event's columns (the user id as the account's e-mail) and its view's;
        // a stream's timestamp is its last append's transaction time: not before its creation one by one, equal to it in
        // the batched lane (one transaction writes the whole stream)
        var streams = await NormalisedAsync("""
            SELECT s.first > $1, concat_ws('#', st.type, st.version, st.tenant_id, st.is_archived, st.compacted_version,
                   CASE WHEN s.first > $1 THEN st.timestamp = st.created ELSE st.timestamp >= st.created END,
                   string_agg(concat_ws(';', e.version, e.type, e.mt_dotnet_type, e.tenant_id, e.is_archived, e.bdata IS NULL, e.timestamp IS NOT NULL,
                                        (e.data - 'RequestId' - 'TrackingCode' - 'CitizenUserId')::text, replace(u.email, 'old-', '')), '|' ORDER BY e.version))
            FROM marten.mt_events e JOIN (SELECT stream_id, min(seq_id) AS first FROM marten.mt_events GROUP BY stream_id) s USING (stream_id)
                 JOIN marten.mt_streams st ON st.id = e.stream_id
                 LEFT JOIN users u ON u.id = (e.data ->> 'CitizenUserId')::uuid
            WHERE e.stream_id IN (SELECT id FROM marten.mt_doc_servicerequestview) AND s.first > $2
            GROUP BY s.stream_id, s.first, st.type, st.version, st.tenant_id, st.is_archived, st.compacted_version, st.timestamp, st.created
            """, lastOneByOne, before);
        var views = await NormalisedAsync("""
            SELECT s.first > $1, concat_ws('#', d.tenant_id, d.mt_dotnet_type, d.mt_version, d.submitted_at, d.mt_last_modified IS NOT NULL,
                   (d.data - 'Id' - 'TrackingCode' - 'CitizenUserId')::text, replace(u.email, 'old-', ''))
            FROM marten.mt_doc_servicerequestview d JOIN (SELECT stream_id, min(seq_id) AS first FROM marten.mt_events GROUP BY stream_id) s ON s.stream_id = d.id
                 LEFT JOIN users u ON u.id = (d.data ->> 'CitizenUserId')::uuid
            WHERE s.first > $2
            """, lastOneByOne, before);
        Assert.Equal(oneByOne.Requests, streams.OneByOne.Count);
        Assert.Equal(streams.OneByOne, streams.Batched);
        Assert.Equal(views.OneByOne, views.Batched);
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM marten.mt_events WHERE seq_id > {lastOneByOne} AND substr(stream_id::text, 15, 1) <> '7'"));
        // the accounts the batched lane staged and saved with its batches are the registration's own: the same columns
        // (but the generated ones), the citizen role, the profile, and they sign in with the simulated password
        var accounts = await NormalisedAsync("""
            SELECT u.user_name NOT LIKE 'old-%', concat_ws('#', replace(u.user_name, 'old-', ''), replace(u.normalized_user_name, 'OLD-', ''),
                   replace(u.email, 'old-', ''), u.display_name, u.tenant_id, u.unit_code, u.disabled, u.created_at, u.email_confirmed,
                   u.phone_number, u.phone_number_confirmed, u.two_factor_enabled, u.lockout_end, u.lockout_enabled, u.access_failed_count,
                   u.security_stamp ~ '^[A-Z2-7]{32}$', length(u.concurrency_stamp), left(u.password_hash, 12),
                   (SELECT string_agg(r.name, ',') FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id),
                   lower(p.analytics_key), p.masked_nik, p.phone, p.created_at, p.tenant_id, p.protected_nik IS NOT NULL)
            FROM users u JOIN citizen_profiles p ON p.user_id = u.id
            WHERE u.email LIKE '%sim%@warga.example.id' AND $1 >= 0 AND $2 >= 0
            """, 0, 0);
        Assert.Equal(renamed, accounts.Batched.Count);
        Assert.Equal(accounts.OneByOne, accounts.Batched);
        var signIn = await InTenantAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PlatformUser>>();
            var staged = await users.FindByEmailAsync(accounts.Batched[0].Split('#')[2]);
            return await users.CheckPasswordAsync(staged!, "Warga-Simulasi-2026");
        });
        Assert.True(signIn);
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

    [Fact]
    public async Task The_bulk_path_writes_only_into_the_tenant_in_scope()
    {
        var refused = await InTenantAsync(async services =>
        {
            var db = services.GetRequiredService<PlatformDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var view = new ServiceRequestView { Id = Guid.CreateVersion7(), TrackingCode = "BULK0001", SubmittedAt = DateTimeOffset.UtcNow };
            // the rows claim another tenant while the connection is samarinda's: the tables' policies refuse them
            var bulk = new BulkStreams(services.GetRequiredService<IDocumentStore>().Options.Serializer(), "balikpapan");
            return await Record.ExceptionAsync(() => bulk.WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), [(view.Id, [], view)], CancellationToken.None));
        });

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, Assert.IsType<PostgresException>(refused).SqlState);
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
