using System.Text.Json;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.GraphQL;
using Algoritma.Platform.Persistence;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Algoritma.IntegrationTests.Requests;

/// <summary>
/// The request view's reads under row-level security: the policy's operators are leakproof, the JSON operators are not,
/// so only conditions on plain columns reach an index. Each read is planned as the application role with sequential
/// scans priced out: a plan that still reads the table whole has no index it may use.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestIndexTests(ApiFactory api)
{
    private const string Palaran = "64.72.01";
    private readonly RequestScenario _scenario = new(api);

    private IConfiguration Configuration => api.Services.GetRequiredService<IConfiguration>();

    [Fact]
    public async Task The_queue_a_status_lookup_and_a_citizens_list_are_read_through_their_indexes_as_the_application_role()
    {
        await using var session = api.Services.GetRequiredService<IDocumentStore>().QuerySession("samarinda");
        var queue = new RequestFilter(RequestStatus.Submitted, null, Palaran, null, null, null, null)
            .Apply(session.Query<ServiceRequestView>(), DateTimeOffset.UtcNow, DateTimeZoneProviders.Tzdb["Asia/Makassar"])
            .Stats(out _)
            .OrderByDescending(v => v.SubmittedAt).ThenByDescending(v => v.Id).Take(21);
        var byCode = session.Query<ServiceRequestView>().Where(v => v.TrackingCode == "SMD-42");
        var citizen = Guid.NewGuid();
        var mine = session.Query<ServiceRequestView>().Where(v => v.CitizenUserId == citizen).OrderByDescending(v => v.SubmittedAt);
        await using var database = await TestDatabase.CreateAsync();
        var (configuration, migrator) = MigratorFor(database);
        await migrator.MigrateAsync();
        await using (var owner = new NpgsqlConnection(database.ConnectionString))
        {
            // two tenants' requests, enough that the planner tells the indexes apart, with the statistics autovacuum keeps
            await owner.OpenAsync();
            await ExecuteAsync(owner, """
                INSERT INTO marten.mt_doc_servicerequestview (tenant_id, id, data, mt_dotnet_type, submitted_at, status, tracking_code, citizen_user_id)
                SELECT CASE WHEN i % 2 = 0 THEN 'samarinda' ELSE 'makassar' END, gen_random_uuid(),
                       jsonb_build_object('Status', i % 6, 'TrackingCode', 'SMD-' || i, 'UnitCode', '64.72.0' || (i % 9) || '.1001'),
                       'x', now() - i * interval '1 minute', i % 6, 'SMD-' || i, md5(i::text)::uuid
                FROM generate_series(1, 20000) i;
                ANALYZE marten.mt_doc_servicerequestview
                """);
        }

        var app = DatabaseSettings.AppConnectionString(configuration);
        var queuePlan = await PlanAsync(app, queue.ToCommand());
        var byCodePlan = await PlanAsync(app, byCode.ToCommand());
        var minePlan = await PlanAsync(app, mine.ToCommand());

        // the condition itself must reach the index: the tenant's alone would also avoid a sequential scan (the primary key)
        Assert.True(IndexCondition(queuePlan, EventStoreSchema.RequestQueueIndex, "status = "), queuePlan);
        Assert.True(IndexCondition(byCodePlan, EventStoreSchema.TrackingCodeIndex, "tracking_code)::text = "), byCodePlan);
        Assert.True(IndexCondition(minePlan, "mt_doc_servicerequestview_idx_citizen_user_id", "citizen_user_id = "), minePlan);
        Assert.All(new[] { queuePlan, byCodePlan, minePlan }, plan => Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_officer_queue_counts_and_orders_as_the_documents_say_and_another_tenant_sees_none_of_it()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var admin = await _scenario.AdminAsync();
        var submitted = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            submitted.Add((await RequestScenario.SubmitAsync(citizen)).GetProperty("request"));
        }

        // one leaves the SUBMITTED queue: its column follows the document
        Assert.Empty((await RequestScenario.CommandAsync(admin, "verifyServiceRequest", submitted[1])).Data.GetProperty("verifyServiceRequest").GetProperty("errors").EnumerateArray());
        var makassar = api.Tenant("makassar").WithToken(await api.CityAdminAsync("makassar"));
        const string queue = "query ($unit: String) { requests(first: 100, filter: { status: SUBMITTED, unit: $unit }) { totalCount nodes { id trackingCode status submittedAt } } }";

        var officerPage = (await (await _scenario.OfficerAsync()).PostAsync(queue, new { unit = RequestScenario.Unit })).Data.GetProperty("requests");
        var adminPage = (await admin.PostAsync(queue, new { unit = Palaran })).Data.GetProperty("requests");
        var makassarPage = (await makassar.PostAsync(queue, new { unit = (string?)null })).Data.GetProperty("requests");

        var (submittedInUnit, newestCodes) = await FromDocumentsAsync("samarinda", RequestScenario.Unit);
        var (submittedInPalaran, _) = await FromDocumentsAsync("samarinda", Palaran);
        var (submittedInMakassar, _) = await FromDocumentsAsync("makassar", null);
        var listed = officerPage.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("trackingCode").GetString()!).ToList();
        Assert.Equal(submittedInUnit, officerPage.GetProperty("totalCount").GetInt32());
        Assert.Equal(newestCodes.Take(100), listed);
        Assert.Contains(submitted[2].GetProperty("trackingCode").GetString(), listed);
        Assert.DoesNotContain(submitted[1].GetProperty("trackingCode").GetString(), listed);
        Assert.All(officerPage.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("SUBMITTED", n.GetProperty("status").GetString()));
        Assert.Equal(submittedInPalaran, adminPage.GetProperty("totalCount").GetInt32());
        Assert.Equal(submittedInMakassar, makassarPage.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(makassarPage.GetProperty("nodes").EnumerateArray(), n => listed.Contains(n.GetProperty("trackingCode").GetString()!));
    }

    [Fact]
    public async Task Migrating_a_database_whose_request_views_predate_the_columns_fills_them_from_the_documents()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, migrator) = MigratorFor(database);
        await migrator.MigrateAsync();
        var citizen = Guid.NewGuid();
        var (verified, counter) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            // the table as it was before: no status, tracking code or citizen column, the documents only in JSON
            await ExecuteAsync(connection, "ALTER TABLE marten.mt_doc_servicerequestview DROP COLUMN status, DROP COLUMN tracking_code, DROP COLUMN citizen_user_id");
            await ExecuteAsync(connection, $$"""
                INSERT INTO marten.mt_doc_servicerequestview (tenant_id, id, data, mt_dotnet_type, submitted_at) VALUES
                ('samarinda', '{{verified}}', '{"Status": 2, "TrackingCode": "SMD-OLD-0001", "CitizenUserId": "{{citizen}}", "UnitCode": "64.72.01.1001"}', 'x', now()),
                ('samarinda', '{{counter}}', '{"Status": 0, "TrackingCode": "SMD-OLD-0002", "CitizenUserId": null, "UnitCode": "64.72.01.1001"}', 'x', now())
                """);
        }

        await migrator.MigrateAsync();

        await using var check = new NpgsqlConnection(database.ConnectionString);
        await check.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT id, status, tracking_code, citizen_user_id FROM marten.mt_doc_servicerequestview ORDER BY tracking_code", check);
        await using var reader = await read.ExecuteReaderAsync();
        var rows = new List<(Guid Id, int Status, string Code, Guid? Citizen)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetGuid(3)));
        }

        Assert.Equal(new[] { (verified, 2, "SMD-OLD-0001", (Guid?)citizen), (counter, 0, "SMD-OLD-0002", (Guid?)null) }, rows);
        await reader.CloseAsync();
        await using var indexes = new NpgsqlCommand("SELECT count(*) FROM pg_indexes WHERE schemaname = 'marten' AND indexname = ANY(@names)", check);
        indexes.Parameters.AddWithValue("names", new[] { EventStoreSchema.RequestQueueIndex, EventStoreSchema.TrackingCodeIndex, "mt_doc_servicerequestview_idx_citizen_user_id" });
        Assert.Equal(3L, await indexes.ExecuteScalarAsync());
    }

    /// <summary>Whether the plan scans <paramref name="index"/> with an index condition containing <paramref name="condition"/>.</summary>
    private static bool IndexCondition(string plan, string index, string condition)
    {
        var lines = plan.Split('\n');
        var scan = Array.FindIndex(lines, line => line.Contains($" on {index} ", StringComparison.Ordinal) || line.EndsWith($" on {index}", StringComparison.Ordinal)
            || line.Contains($"using {index} ", StringComparison.Ordinal));
        return scan >= 0 && lines.Skip(scan + 1).TakeWhile(line => !line.Contains("->", StringComparison.Ordinal))
            .Any(line => line.Contains("Index Cond:", StringComparison.Ordinal) && line.Contains(condition, StringComparison.Ordinal));
    }

    private static (IConfiguration Configuration, DatabaseMigrator Migrator) MigratorFor(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSettings.ConnectionStringKey] = database.ConnectionString })
            .Build();
        return (configuration, new DatabaseMigrator(configuration, [], Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance));
    }

    /// <summary>The plan of a Marten command as the application role sees it for Samarinda, sequential scans priced out.</summary>
    private static async Task<string> PlanAsync(string appConnection, NpgsqlCommand command)
    {
        await using var connection = new NpgsqlConnection(appConnection);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SET app.tenant_id = 'samarinda'; SET enable_seqscan = off");
        await using var explain = new NpgsqlCommand("EXPLAIN " + command.CommandText, connection);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The SUBMITTED requests of a tenant in a unit or below it, read from the JSON as the owner: count and codes, newest first.</summary>
    private async Task<(int Count, List<string> NewestCodes)> FromDocumentsAsync(string tenant, string? unit)
    {
        await using var connection = new NpgsqlConnection(DatabaseSettings.OwnerConnectionString(Configuration));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT data ->> 'TrackingCode' FROM marten.mt_doc_servicerequestview
            WHERE tenant_id = @tenant AND data ->> 'Status' = '0'
              AND (@unit::text IS NULL OR data ->> 'UnitCode' = @unit OR data ->> 'UnitCode' LIKE @unit || '.%')
            ORDER BY submitted_at DESC, id DESC
            """, connection);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.Add(new NpgsqlParameter("unit", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)unit ?? DBNull.Value });
        var codes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return (codes.Count, codes);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
