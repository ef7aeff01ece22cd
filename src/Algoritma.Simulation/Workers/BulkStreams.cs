using System.Collections.Concurrent;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Persistence;
using JasperFx.Events;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Algoritma.Simulation.Workers;

/// <summary>
/// Writes whole new request streams as Marten's append and its inline <see cref="ServiceRequestProjection"/> write
/// them (the same columns and values: Marten's serializer, event type names and .NET type names, sequence numbers from
/// Marten's sequence, the stream's version and the view's as its event count), with one INSERT per table from arrays
/// instead of a statement per stream, event and view: the simulator's bulk path, in the caller's transaction. (COPY would
/// be faster, but PostgreSQL refuses it on tables under row-level security.) The view is the one the lane folded with the
/// projection's own methods (<see cref="HeldViews"/>); BatchedLaneTests compares every column with what a Marten session writes.
/// </summary>
internal sealed class BulkStreams(ISerializer serializer, string tenantId)
{
    private const string Schema = EventStoreSchema.SchemaName;

    private static readonly string StreamType = typeof(ServiceRequestView).GetEventTypeName();

    private static readonly string ViewDotnetType = typeof(ServiceRequestView).FullName!;

    /// <summary>Each event type's (type name, .NET type name) columns, worked out once rather than per event.</summary>
    private static readonly ConcurrentDictionary<Type, (string Name, string DotnetType)> EventTypes = new();

    private static readonly string InsertStreams = $"""
        INSERT INTO {Schema}.mt_streams (tenant_id, id, type, version, is_archived)
        SELECT $1, id, $2, version, false FROM unnest($3::uuid[], $4::bigint[]) AS s(id, version)
        """;

    private static readonly string InsertEvents = $"""
        INSERT INTO {Schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, is_archived)
        SELECT seq_id, id, stream_id, version, data::jsonb, type, $1, $2, dotnet_type, false
        FROM unnest($3::bigint[], $4::uuid[], $5::uuid[], $6::bigint[], $7::text[], $8::text[], $9::text[])
            AS e(seq_id, id, stream_id, version, data, type, dotnet_type)
        """;

    private static readonly string InsertViews = $"""
        INSERT INTO {Schema}.mt_doc_servicerequestview (tenant_id, id, data, mt_dotnet_type, mt_version, submitted_at)
        SELECT $1, id, data::jsonb, $2, version, submitted_at FROM unnest($3::uuid[], $4::text[], $5::bigint[], $6::timestamptz[])
            AS v(id, data, version, submitted_at)
        """;

    /// <summary>Appends <paramref name="streams"/>: (stream id, its events in order, its view after them).</summary>
    public async Task WriteAsync(
        NpgsqlConnection connection, IReadOnlyList<(Guid Id, IReadOnlyList<object> Events, ServiceRequestView View)> streams, CancellationToken cancellationToken)
    {
        var count = streams.Sum(s => s.Events.Count);
        var sequence = await NextSequenceAsync(connection, count, cancellationToken);
        var ids = new Guid[streams.Count];
        var versions = new long[streams.Count];
        var views = new string[streams.Count];
        var submitted = new DateTimeOffset[streams.Count];
        var (eventIds, streamIds, eventVersions, data, types, dotnetTypes) =
            (new Guid[count], new Guid[count], new long[count], new string[count], new string[count], new string[count]);
        var next = 0;
        for (var i = 0; i < streams.Count; i++)
        {
            var (id, events, view) = streams[i];
            (ids[i], versions[i], views[i], submitted[i]) = (id, events.Count, serializer.ToJson(view), view.SubmittedAt.ToUniversalTime());
            for (var version = 1; version <= events.Count; version++, next++)
            {
                (eventIds[next], streamIds[next], eventVersions[next]) = (Guid.NewGuid(), id, version);
                data[next] = serializer.ToJson(events[version - 1]);
                (types[next], dotnetTypes[next]) = EventTypes.GetOrAdd(
                    events[version - 1].GetType(), type => (type.GetEventTypeName(), $"{type.FullName}, {type.Assembly.GetName().Name}"));
            }
        }

        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command(InsertStreams, tenantId, StreamType, ids, versions),
                Command(InsertEvents, DateTimeOffset.UtcNow, tenantId, sequence, eventIds, streamIds, eventVersions, data, types, dotnetTypes),
                Command(InsertViews, tenantId, ViewDotnetType, ids, views, versions, submitted),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value is DateTimeOffset at
                ? new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.TimestampTz }
                : new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static async Task<long[]> NextSequenceAsync(NpgsqlConnection connection, int count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            $"SELECT array_agg(nextval('{Schema}.mt_events_sequence') ORDER BY n) FROM generate_series(1, $1) AS n", connection)
        {
            Parameters = { new NpgsqlParameter { Value = count } },
        };
        var numbers = (long[])(await command.ExecuteScalarAsync(cancellationToken))!;
        Array.Sort(numbers);
        return numbers;
    }
}
