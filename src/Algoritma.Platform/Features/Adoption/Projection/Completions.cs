using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// A batch's completions with their requests' facts, grouped in memory into the rows their statements upsert: one
/// completion row per request (the first of the batch), one counter row per key.
/// </summary>
internal sealed class Completions
{
    private readonly List<Completion> _rows;

    public Completions(List<IEvent<RequestCompleted>> events, IReadOnlyDictionary<(string Tenant, Guid Request), RequestFact> facts)
    {
        _rows = [.. events.DistinctBy(e => (e.TenantId, e.StreamId))
            .Where(e => facts.ContainsKey((e.TenantId, e.StreamId)))
            .Select(e => new Completion(e.TenantId, facts[(e.TenantId, e.StreamId)], e.Data.At))];
    }

    public object[] Rows() => [
        Array(_rows, r => r.Tenant), Array(_rows, r => r.Fact.RequestId), Array(_rows, r => r.Day), Array(_rows, r => r.Fact.UnitCode),
        Array(_rows, r => r.Fact.ServiceCode), Array(_rows, r => r.Fact.Channel), Array(_rows, r => r.ProcessingSeconds), Array(_rows, r => r.WithinSla)];

    /// <summary>Per tenant × day × unit × service × channel: completed, within the SLA, processing seconds.</summary>
    public object[] Daily() => Sums(_rows.GroupBy(r => (r.Tenant, r.Day, r.Fact.UnitCode, r.Fact.ServiceCode, r.Fact.Channel)).ToList(),
        g => [Array(g, x => x.Key.Tenant), Array(g, x => x.Key.Day), Array(g, x => x.Key.UnitCode), Array(g, x => x.Key.ServiceCode), Array(g, x => x.Key.Channel)]);

    /// <summary>Per tenant × scope × day × channel.</summary>
    public object[] RollUp() => Sums(
        _rows.SelectMany(r => AdoptionScopes.Of(r.Fact.UnitCode).Select(scope => (Key: (r.Tenant, Scope: scope, r.Day, r.Fact.Channel), Row: r)))
            .GroupBy(x => x.Key, x => x.Row).ToList(),
        g => [Array(g, x => x.Key.Tenant), Array(g, x => x.Key.Scope), Array(g, x => x.Key.Day), Array(g, x => x.Key.Channel)]);

    private static object[] Sums<TKey>(List<IGrouping<TKey, Completion>> groups, Func<List<IGrouping<TKey, Completion>>, object[]> keys) => [
        .. keys(groups), Array(groups, g => (long)g.Count()), Array(groups, g => (long)g.Count(r => r.WithinSla)),
        Array(groups, g => g.Sum(r => r.ProcessingSeconds))];

    private static TValue[] Array<T, TValue>(List<T> rows, Func<T, TValue> value) => [.. rows.Select(value)];

    private sealed class Completion(string tenant, RequestFact fact, DateTimeOffset at)
    {
        private readonly long _at = RequestFact.Microseconds(at);

        public string Tenant { get; } = tenant;

        public RequestFact Fact { get; } = fact;

        public DateOnly Day { get; } = AdoptionMetrics.LocalDay(Instant.FromDateTimeOffset(at), DateTimeZoneProviders.Tzdb[fact.Zone]).ToDateOnly();

        public double ProcessingSeconds => Math.Max(0, _at - Fact.SubmittedAt) / 1_000_000d;

        public bool WithinSla => _at <= Fact.Deadline;
    }
}
