using System.Text.Json;
using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using Marten;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>What a request's later events need of its submission; instants in whole microseconds, as PostgreSQL keeps them.</summary>
internal sealed record RequestFact(Guid RequestId, string UnitCode, string ServiceCode, string Channel, long SubmittedAt, long Deadline, string Zone)
{
    public static long Microseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}

/// <summary>
/// The facts of the requests a batch completes: from the batch's own submissions, else from the facts table (earlier
/// batches, committed), with the batch's resubmissions' new deadlines (the last one of a request wins), as the
/// statements of the batch would see them. A request without facts is left out, as the join left it out.
/// </summary>
internal static class RequestFacts
{
    private const string FactsOfRequests = """
        select json_build_object('RequestId', request_id, 'UnitCode', unit_code, 'ServiceCode', service_code, 'Channel', channel,
            'SubmittedAt', (extract(epoch from submitted_at) * 1000000)::bigint, 'Deadline', (extract(epoch from deadline) * 1000000)::bigint,
            'Zone', zone)::text
        from marten.adoption_request_facts where tenant_id = ? and request_id = any(?)
        """;

    public static async Task<IReadOnlyDictionary<(string Tenant, Guid Request), RequestFact>> OfCompletionsAsync(
        IQuerySession session, IReadOnlyList<IEvent> events, IReadOnlyDictionary<string, string> zones, CancellationToken cancellation)
    {
        var submitted = events.OfType<IEvent<RequestSubmitted>>().Select(e => (e.TenantId, e.StreamId)).ToHashSet();
        var stored = new List<(string Tenant, RequestFact Fact)>();
        foreach (var tenant in events.OfType<IEvent<RequestCompleted>>().Where(e => !submitted.Contains((e.TenantId, e.StreamId)))
                     .GroupBy(e => e.TenantId, e => e.StreamId))
        {
            foreach (var json in await session.QueryAsync<string>(FactsOfRequests, cancellation, tenant.Key, tenant.Distinct().ToArray()))
            {
                stored.Add((tenant.Key, JsonSerializer.Deserialize<RequestFact>(json)!));
            }
        }

        return Combine(events, zones, stored);
    }

    /// <param name="stored">facts kept by earlier batches</param>
    public static IReadOnlyDictionary<(string Tenant, Guid Request), RequestFact> Combine(
        IReadOnlyList<IEvent> events, IReadOnlyDictionary<string, string> zones, IEnumerable<(string Tenant, RequestFact Fact)> stored)
    {
        var facts = stored.ToDictionary(s => (s.Tenant, s.Fact.RequestId), s => s.Fact);
        foreach (var e in events.OfType<IEvent<RequestSubmitted>>())
        {
            facts.TryAdd((e.TenantId, e.StreamId), new RequestFact(e.StreamId, e.Data.UnitCode, e.Data.ServiceCode,
                e.Data.Channel.ToString().ToUpperInvariant(), RequestFact.Microseconds(e.Data.At), RequestFact.Microseconds(e.Data.Deadline), zones[e.TenantId]));
        }

        foreach (var e in events.OfType<IEvent<RequestResubmitted>>().Where(e => e.Data.Deadline is not null).OrderBy(e => e.Sequence))
        {
            if (facts.TryGetValue((e.TenantId, e.StreamId), out var fact))
            {
                facts[(e.TenantId, e.StreamId)] = fact with { Deadline = RequestFact.Microseconds(e.Data.Deadline!.Value) };
            }
        }

        return facts;
    }
}
