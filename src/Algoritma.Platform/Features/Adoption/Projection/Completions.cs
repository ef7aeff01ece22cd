using Algoritma.Platform.Features.Adoption.Rollups;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using JasperFx.Events;
using NodaTime;
using static Algoritma.Platform.Features.Adoption.Projection.BatchColumns;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// A batch's completions with their requests' facts, grouped in memory into the rows their statements upsert: one
/// completion row per request (the first of the batch), one counter row per key.
/// </summary>
internal sealed class Completions
{
    private readonly List<Completion> _rows;

    public Completions(IEnumerable<IEvent<RequestCompleted>> events, IReadOnlyDictionary<(string Tenant, Guid Request), RequestFact> facts)
    {
        _rows = [.. events.DistinctBy(e => (e.TenantId, e.StreamId))
            .Where(e => facts.ContainsKey((e.TenantId, e.StreamId)))
            .Select(e => new Completion(e.TenantId, facts[(e.TenantId, e.StreamId)], e.Data.At))];
    }

    public object[] Rows() => [
        Column(_rows, r => r.Tenant), Column(_rows, r => r.Fact.RequestId), Column(_rows, r => r.Day), Column(_rows, r => r.Fact.UnitCode),
        Column(_rows, r => r.Fact.ServiceCode), Column(_rows, r => r.Fact.Channel), Column(_rows, r => r.ProcessingSeconds), Column(_rows, r => r.WithinSla)];

    /// <summary>Per tenant × day × unit × service × channel: completed, within the SLA, processing seconds.</summary>
    public object[] Daily() => Sums(_rows.GroupBy(r => (r.Tenant, r.Day, r.Fact.UnitCode, r.Fact.ServiceCode, r.Fact.Channel)).ToList(),
        g => [Column(g, x => x.Key.Tenant), Column(g, x => x.Key.Day), Column(g, x => x.Key.UnitCode), Column(g, x => x.Key.ServiceCode), Column(g, x => x.Key.Channel)]);

    /// <summary>Per tenant × scope × day × channel.</summary>
    public object[] RollUp() => Sums(
        _rows.SelectMany(r => AdoptionScopes.Of(r.Fact.UnitCode).Select(scope => (Key: (r.Tenant, Scope: scope, r.Day, r.Fact.Channel), Row: r)))
            .GroupBy(x => x.Key, x => x.Row).ToList(),
        g => [Column(g, x => x.Key.Tenant), Column(g, x => x.Key.Scope), Column(g, x => x.Key.Day), Column(g, x => x.Key.Channel)]);

    /// <summary>Per tenant × month × unit × channel: completed and within the SLA (the unit-month roll-up).</summary>
    public object[] Monthly()
    {
        var groups = _rows.GroupBy(r => (r.Tenant, Month: PeriodGrains.Month(r.Day), r.Fact.UnitCode, r.Fact.Channel)).ToList();
        return [Column(groups, g => g.Key.Tenant), Column(groups, g => g.Key.Month), Column(groups, g => g.Key.UnitCode), Column(groups, g => g.Key.Channel),
            Column(groups, g => (long)g.Count()), Column(groups, g => (long)g.Count(r => r.WithinSla))];
    }

    /// <summary>
    /// Per tenant × grain × period × scope × channel, the histograms (<see cref="DurationHistogram"/>) of the elapsed and
    /// the working seconds of the completions, as their non-zero buckets: the keys' arrays, each key's first and last
    /// index (1-based) into the positions array, then the positions (bucket + 1) and the elapsed and working counts there.
    /// </summary>
    /// <param name="calendars">each tenant's working calendar: office hours, work days and holidays</param>
    public object[] Histograms(IReadOnlyDictionary<string, WorkingCalendar> calendars)
    {
        var groups = _rows
            .Select(r => (Row: r, Elapsed: DurationHistogram.Bucket(r.ProcessingSeconds), Working: DurationHistogram.Bucket(r.WorkingSeconds(calendars[r.Tenant]))))
            .SelectMany(c => PeriodGrains.All.SelectMany(grain => AdoptionScopes.Of(c.Row.Fact.UnitCode)
                .Select(scope => (Key: (c.Row.Tenant, Grain: grain, Period: PeriodGrains.Of(grain, c.Row.Day), Scope: scope, c.Row.Fact.Channel), c.Elapsed, c.Working))))
            .GroupBy(x => x.Key).ToList();
        var (first, last) = (new int[groups.Count], new int[groups.Count]);
        var (positions, elapsed, working) = (new List<int>(), new List<int>(), new List<int>());
        var (elapsedCounts, workingCounts) = (new int[DurationHistogram.Buckets], new int[DurationHistogram.Buckets]);
        for (var i = 0; i < groups.Count; i++)
        {
            Array.Clear(elapsedCounts);
            Array.Clear(workingCounts);
            foreach (var completion in groups[i])
            {
                elapsedCounts[completion.Elapsed]++;
                workingCounts[completion.Working]++;
            }

            first[i] = positions.Count + 1;
            for (var bucket = 0; bucket < DurationHistogram.Buckets; bucket++)
            {
                if (elapsedCounts[bucket] != 0 || workingCounts[bucket] != 0)
                {
                    positions.Add(bucket + 1);
                    elapsed.Add(elapsedCounts[bucket]);
                    working.Add(workingCounts[bucket]);
                }
            }

            last[i] = positions.Count;
        }

        return [Column(groups, g => g.Key.Tenant), Column(groups, g => g.Key.Grain), Column(groups, g => g.Key.Period), Column(groups, g => g.Key.Scope),
            Column(groups, g => g.Key.Channel), first, last, positions.ToArray(), elapsed.ToArray(), working.ToArray()];
    }

    private static object[] Sums<TKey>(List<IGrouping<TKey, Completion>> groups, Func<List<IGrouping<TKey, Completion>>, object[]> keys) => [
        .. keys(groups), Column(groups, g => (long)g.Count()), Column(groups, g => (long)g.Count(r => r.WithinSla)),
        Column(groups, g => g.Sum(r => r.ProcessingSeconds))];

    private sealed class Completion(string tenant, RequestFact fact, DateTimeOffset at)
    {
        private readonly long _at = RequestFact.Microseconds(at);

        public string Tenant { get; } = tenant;

        public RequestFact Fact { get; } = fact;

        public DateOnly Day { get; } = AdoptionMetrics.LocalDay(Instant.FromDateTimeOffset(at), DateTimeZoneProviders.Tzdb[fact.Zone]).ToDateOnly();

        public double ProcessingSeconds => Math.Max(0, _at - Fact.SubmittedAt) / 1_000_000d;

        /// <summary>The office time between submission and completion (<see cref="SlaCalculator.WorkingTimeBetween"/>).</summary>
        public double WorkingSeconds(WorkingCalendar calendar) =>
            SlaCalculator.WorkingTimeBetween(Instant.FromUnixTimeTicks(Fact.SubmittedAt * 10), Instant.FromUnixTimeTicks(_at * 10), calendar).TotalSeconds;

        public bool WithinSla => _at <= Fact.Deadline;
    }
}
