using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Algoritma.Bench.Raw;

/// <summary>
/// The three read endpoints. Each answers with exactly the <c>data</c> field of its GraphQL twin in
/// bench/raw/queries/, from one batch of SQL (one round trip) written straight into the response.
/// </summary>
internal static class Reads
{
    private const int DefaultPage = 20;
    private const int MaxPage = 100;
    private const int MaxPeriods = 400;

    // the GraphQL enum names of Channel and RequestStatus, in their (Marten-serialized) integer order
    private static readonly string[] Channels = ["ONLINE", "COUNTER", "KIOSK", "ASSISTED"];
    private static readonly string[] Statuses = ["SUBMITTED", "RETURNED", "VERIFIED", "COMPLETED", "REJECTED", "CANCELLED"];

    /// <summary>
    /// <c>services(unit:, first:)</c>: the services of the unit's level (kecamatan, or kelurahan for a kelurahan/desa)
    /// offered there (no unit list means every unit), by code, each with its current standard's requirements.
    /// </summary>
    public static async Task ServicesAsync(HttpContext http, string tenant, string? unit, int? first, NpgsqlDataSource db)
    {
        if (PageSize(first) is not { } size)
        {
            await BadRequestAsync(http, $"'first' must be between 0 and {MaxPage}.");
            return;
        }

        var where = unit is null
            ? "WHERE s.tenant_id = $1"
            : """
              WHERE s.tenant_id = $1
                AND s.level = (SELECT CASE WHEN u.kind = 'Kecamatan' THEN 'Kecamatan' ELSE 'Kelurahan' END
                               FROM public.region_units u WHERE u.tenant_id = $1 AND u.code = $2)
                AND (cardinality(s.offered_units) = 0 OR $2 = ANY (s.offered_units))
              """;
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Command($"SELECT count(*)::int FROM public.services s {where}", tenant, unit));
        batch.BatchCommands.Add(Command($"""
            SELECT s.code, s.name, s.level, s.channels, s.current_version, v.standard -> 'requirements'
            FROM public.services s
            JOIN public.service_standard_versions v ON v.tenant_id = s.tenant_id AND v.service_code = s.code AND v.version = s.current_version
            {where}
            ORDER BY s.code
            LIMIT {size + 1}
            """, tenant, unit));
        await WriteConnectionAsync(http, batch, size, (reader, json) =>
        {
            var code = reader.GetString(0);
            json.WriteString("code", code);
            json.WriteString("name", reader.GetString(1));
            json.WriteString("level", reader.GetString(2).ToUpperInvariant());
            json.WriteStartArray("channels");
            foreach (var channel in reader.GetFieldValue<string[]>(3))
            {
                json.WriteStringValue(channel.ToUpperInvariant());
            }

            json.WriteEndArray();
            json.WriteNumber("currentVersion", reader.GetInt32(4));
            json.WriteStartObject("standard");
            json.WritePropertyName("requirements");
            json.WriteRawValue(reader.GetString(5), skipInputValidation: true); // [{"code", "name", "required"}] as the platform stored it
            json.WriteEndObject();
            return code;
        });
    }

    /// <summary>
    /// <c>requests(filter: { unit, status }, first:)</c> for a city admin (the whole city): the request views of the
    /// tenant in the unit (a kecamatan includes its kelurahan) with the status, newest first, as Marten queries them.
    /// </summary>
    public static async Task RequestsAsync(HttpContext http, string tenant, string? unit, string? status, int? first, NpgsqlDataSource db)
    {
        var statusIndex = status is null ? -1 : Array.IndexOf(Statuses, status);
        if (PageSize(first) is not { } size || (status is not null && statusIndex < 0))
        {
            await BadRequestAsync(http, $"'first' must be between 0 and {MaxPage}; 'status' one of {string.Join(", ", Statuses)}.");
            return;
        }

        var where = new StringBuilder("WHERE d.tenant_id = $1");
        var parameters = new List<object> { tenant };
        if (unit is not null)
        {
            parameters.Add(unit);
            parameters.Add(unit + ".%");
            where.Append(CultureInfo.InvariantCulture, $" AND (d.data ->> 'UnitCode' = ${parameters.Count - 1} OR d.data ->> 'UnitCode' LIKE ${parameters.Count})");
        }

        if (status is not null)
        {
            parameters.Add(statusIndex);
            where.Append(CultureInfo.InvariantCulture, $" AND d.status = ${parameters.Count}");
        }

        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Command($"SELECT count(*)::int FROM marten.mt_doc_servicerequestview d {where}", [.. parameters]));
        batch.BatchCommands.Add(Command($"""
            SELECT d.id, d.data ->> 'TrackingCode', d.data ->> 'ServiceCode', d.data ->> 'UnitCode', CAST(d.data ->> 'Channel' AS integer),
                   CAST(d.data ->> 'Status' AS integer), d.data ->> 'SubmittedAt', d.data ->> 'Deadline', CAST(d.data ->> 'Version' AS bigint)
            FROM marten.mt_doc_servicerequestview d
            {where}
            ORDER BY d.submitted_at DESC, d.id DESC
            LIMIT {size + 1}
            """, [.. parameters]));
        await WriteConnectionAsync(http, batch, size, (reader, json) =>
        {
            var submitted = reader.GetString(6);
            json.WriteString("id", Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"ServiceRequest:{tenant}:{reader.GetGuid(0):N}")));
            json.WriteString("trackingCode", reader.GetString(1));
            json.WriteString("serviceCode", reader.GetString(2));
            json.WriteString("unitCode", reader.GetString(3));
            json.WriteString("channel", Channels[reader.GetInt32(4)]);
            json.WriteString("status", Statuses[reader.GetInt32(5)]);
            json.WriteString("submittedAt", submitted); // DateTimeOffset as System.Text.Json wrote it, as GraphQL writes it
            json.WriteString("deadline", reader.GetString(7));
            json.WriteNumber("version", reader.GetInt64(8));
            // the platform's cursor: the instant's UTC ticks, 19 digits
            return DateTimeOffset.Parse(submitted, CultureInfo.InvariantCulture).UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        });
    }

    /// <summary>
    /// <c>adoption(from:, to:, granularity: WEEK)</c> with the counts and the KPIs derived from them: one point per ISO week
    /// from the Monday on or before <paramref name="from"/> while before <paramref name="to"/>, zeros for quiet weeks.
    /// </summary>
    public static async Task AdoptionAsync(HttpContext http, string tenant, string? from, string? to, string? unit, NpgsqlDataSource db)
    {
        if (!TryDay(from, out var fromDay) || !TryDay(to, out var toDay) || fromDay >= toDay)
        {
            await BadRequestAsync(http, "'from' and 'to' are yyyy-MM-dd days, 'from' before 'to'.");
            return;
        }

        var periodFrom = fromDay.AddDays(-(((int)fromDay.DayOfWeek + 6) % 7));
        if ((toDay.DayNumber - periodFrom.DayNumber + 6) / 7 > MaxPeriods)
        {
            await BadRequestAsync(http, $"At most {MaxPeriods} periods.");
            return;
        }

        await using var command = db.CreateCommand("""
            SELECT date_trunc('week', day::timestamp)::date AS period, sum(started)::bigint, sum(completed)::bigint,
                   coalesce(sum(completed) FILTER (WHERE channel <> 'COUNTER'), 0)::bigint, sum(rejected)::bigint, sum(completed_within_sla)::bigint
            FROM marten.adoption_usage_rollup
            WHERE tenant_id = $1 AND scope_code = coalesce($2, '') AND day >= $3 AND day < $4
            GROUP BY 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)unit ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = periodFrom });
        command.Parameters.Add(new NpgsqlParameter { Value = toDay });
        var usage = new Dictionary<DateOnly, long[]>();
        await using (var reader = await command.ExecuteReaderAsync(http.RequestAborted))
        {
            while (await reader.ReadAsync(http.RequestAborted))
            {
                usage[reader.GetFieldValue<DateOnly>(0)] = [reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)];
            }
        }

        var json = StartJson(http);
        json.WriteStartArray();
        for (var period = periodFrom; period < toDay; period = period.AddDays(7))
        {
            var counts = usage.GetValueOrDefault(period) ?? [0, 0, 0, 0, 0];
            var (started, completed, digitalCompleted, rejected, withinSla) = (counts[0], counts[1], counts[2], counts[3], counts[4]);
            json.WriteStartObject();
            json.WriteString("periodStart", period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("started", started);
            json.WriteNumber("completed", completed);
            json.WriteNumber("digitalCompleted", digitalCompleted);
            json.WriteNumber("rejected", rejected);
            json.WriteNumber("completedWithinSla", withinSla);
            WriteRatio(json, "digitalTakeUp", digitalCompleted, completed);
            WriteRatio(json, "completionRate", completed, started);
            WriteRatio(json, "slaCompliance", withinSla, completed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        await json.FlushAsync(http.RequestAborted);
    }

    // AdoptionMetrics' ratio: null for a ratio of nothing, else rounded to 4 places, half away from zero
    private static void WriteRatio(Utf8JsonWriter json, string name, long part, long whole)
    {
        if (whole == 0)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero));
        }
    }

    /// <summary>
    /// Runs a batch of a count and a page (one row more than <paramref name="size"/>) and writes the connection: totalCount,
    /// the nodes, each written by <paramref name="writeNode"/> which returns its cursor key, and pageInfo.
    /// </summary>
    private static async Task WriteConnectionAsync(HttpContext http, NpgsqlBatch batch, int size, Func<NpgsqlDataReader, Utf8JsonWriter, string> writeNode)
    {
        await using var reader = await batch.ExecuteReaderAsync(http.RequestAborted);
        await reader.ReadAsync(http.RequestAborted);
        var total = reader.GetInt32(0);
        await reader.NextResultAsync(http.RequestAborted);

        var json = StartJson(http);
        json.WriteStartObject();
        json.WriteNumber("totalCount", total);
        json.WriteStartArray("nodes");
        var (count, lastKey) = (0, (string?)null);
        while (await reader.ReadAsync(http.RequestAborted) && count++ < size)
        {
            json.WriteStartObject();
            lastKey = writeNode(reader, json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WritePageInfo(json, count > size, lastKey);
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static void WritePageInfo(Utf8JsonWriter json, bool hasNextPage, string? lastKey)
    {
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", hasNextPage);
        if (lastKey is null)
        {
            json.WriteNull("endCursor");
        }
        else
        {
            json.WriteString("endCursor", Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastKey)));
        }

        json.WriteEndObject();
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in parameters.Where(p => p is not null))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static int? PageSize(int? first) => (first ?? DefaultPage) is var size and >= 0 and <= MaxPage ? size : null;

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static Utf8JsonWriter StartJson(HttpContext http)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var json = new Utf8JsonWriter(http.Response.BodyWriter);
        http.Response.RegisterForDispose(json);
        return json;
    }

    internal static Task BadRequestAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return http.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["error"] = message }, http.RequestAborted);
    }
}
