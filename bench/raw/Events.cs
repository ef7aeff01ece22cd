using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Algoritma.Bench.Raw;

/// <summary>
/// The write side's limit: one event row shaped like Marten's <c>mt_events</c> row for a RequestSubmitted event,
/// and its stream row, in one transaction, in tables of our own (schema raw_bench; Marten's are never touched).
/// </summary>
internal static class Events
{
    private const string TrackingAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>What submitServiceRequest takes; every field optional here (a default request when absent).</summary>
    internal sealed record SubmitInput(string? Service, string? Unit, string? Channel, string[]? Documents);

    /// <summary>The columns, keys and constraints of marten.mt_events and marten.mt_streams, so each insert does the same index work.</summary>
    public static async Task CreateTablesAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("""
            CREATE SCHEMA IF NOT EXISTS raw_bench;
            CREATE TABLE IF NOT EXISTS raw_bench.streams (
                tenant_id varchar NOT NULL, id uuid NOT NULL, type varchar, version bigint,
                timestamp timestamptz NOT NULL DEFAULT now(), created timestamptz NOT NULL DEFAULT now(),
                is_archived boolean DEFAULT false,
                PRIMARY KEY (tenant_id, id));
            CREATE TABLE IF NOT EXISTS raw_bench.events (
                seq_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id uuid NOT NULL, stream_id uuid, version bigint NOT NULL,
                data jsonb NOT NULL, type varchar(500) NOT NULL, timestamp timestamptz NOT NULL DEFAULT now(),
                tenant_id varchar NOT NULL, dotnet_type varchar, is_archived boolean DEFAULT false,
                UNIQUE (tenant_id, stream_id, version),
                FOREIGN KEY (tenant_id, stream_id) REFERENCES raw_bench.streams (tenant_id, id));
            """);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>POST /raw/{tenant}/events: a new stream with its first event; answers <c>{"id": stream id, "seq": the event's sequence number}</c>.</summary>
    public const string DataSourceKey = "writes";

    public static async Task AppendAsync(HttpContext http, string tenant, [FromKeyedServices(DataSourceKey)] NpgsqlDataSource db)
    {
        SubmitInput? input = null;
        if (http.Request.ContentLength is null or > 0)
        {
            try
            {
                input = await JsonSerializer.DeserializeAsync<SubmitInput>(http.Request.Body, Web, http.RequestAborted);
            }
            catch (JsonException)
            {
                // an empty or foreign body gets the default request
            }
        }

        var streamId = Guid.CreateVersion7();
        var data = SubmittedJson(streamId, input ?? new SubmitInput(null, null, null, null));

        await using var connection = await db.OpenConnectionAsync(http.RequestAborted);
        await using var transaction = await connection.BeginTransactionAsync(http.RequestAborted);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "INSERT INTO raw_bench.streams (tenant_id, id, type, version) VALUES ($1, $2, 'service_request_view', 1)")
        {
            Parameters = { new() { Value = tenant }, new() { Value = streamId } },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            INSERT INTO raw_bench.events (id, stream_id, version, data, type, tenant_id, dotnet_type)
            VALUES ($1, $2, 1, $3, 'request_submitted', $4, 'Algoritma.Platform.Features.Requests.RequestSubmitted, Algoritma.Platform')
            RETURNING seq_id
            """)
        {
            Parameters = { new() { Value = Guid.NewGuid() }, new() { Value = streamId }, new() { Value = data, NpgsqlDbType = NpgsqlDbType.Jsonb }, new() { Value = tenant } },
        });
        var seq = (long)(await batch.ExecuteScalarAsync(http.RequestAborted))!;
        await transaction.CommitAsync(http.RequestAborted);
        await http.Response.WriteAsJsonAsync(new Appended(streamId, seq), Web, http.RequestAborted);
    }

    /// <summary>GET /raw/{tenant}/events/count: the rows written for the tenant, to check that none was lost.</summary>
    public static async Task CountAsync(HttpContext http, string tenant, NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand(
            "SELECT (SELECT count(*) FROM raw_bench.events WHERE tenant_id = $1), (SELECT count(*) FROM raw_bench.streams WHERE tenant_id = $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = tenant });
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await reader.ReadAsync(http.RequestAborted);
        await http.Response.WriteAsJsonAsync(new Counted(reader.GetInt64(0), reader.GetInt64(1)), Web, http.RequestAborted);
    }

    /// <summary>A RequestSubmitted body as Marten stores it (same keys, same kinds of values, about 420 bytes).</summary>
    private static string SubmittedJson(Guid requestId, SubmitInput input)
    {
        var now = DateTimeOffset.UtcNow;
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("At", now);
            json.WriteNumber("Channel", input.Channel?.ToUpperInvariant() switch { "ONLINE" => 0, "COUNTER" => 1, "KIOSK" => 2, _ => 3 });
            json.WriteString("Deadline", now.AddDays(2));
            json.WriteString("UnitCode", input.Unit ?? "64.72.01.1001");
            json.WriteString("ActorRole", input.Channel?.ToUpperInvariant() == "ONLINE" ? "citizen" : "officer");
            json.WriteStartArray("Documents");
            foreach (var document in input.Documents ?? ["ktp", "kk", "pengantar_rt"])
            {
                json.WriteStringValue(document);
            }

            json.WriteEndArray();
            json.WriteString("RequestId", requestId);
            json.WriteString("CitizenKey", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
            json.WriteString("ServiceCode", input.Service ?? "domisili");
            json.WriteString("TrackingCode", RandomNumberGenerator.GetString(TrackingAlphabet, 8));
            json.WriteNull("CitizenUserId");
            json.WriteNumber("ServiceVersion", 1);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed record Appended(Guid Id, long Seq);

    private sealed record Counted(long Events, long Streams);
}
