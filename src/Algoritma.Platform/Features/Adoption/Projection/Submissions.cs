using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// A batch's submissions grouped in memory into the rows their statements upsert: everything those rows need is in the
/// events themselves (and the tenant's zone), so the statements insert grouped arrays without joining the facts or
/// expanding scopes per row in the database. Each array set holds one row per key; every key appears once.
/// </summary>
internal sealed class Submissions
{
    private readonly List<Submission> _rows;

    public Submissions(List<IEvent<RequestSubmitted>> events, IReadOnlyDictionary<string, string> zones)
    {
        _rows = [.. events.Select(e => new Submission(e, zones[e.TenantId]))];
    }

    public object[] Facts() => [
        Array(_rows, r => r.Tenant), Array(_rows, r => r.Event.StreamId), Array(_rows, r => r.Data.UnitCode), Array(_rows, r => r.Data.ServiceCode),
        Array(_rows, r => r.Channel), Array(_rows, r => r.Data.CitizenKey), Array(_rows, r => r.Data.At.ToUniversalTime()),
        Array(_rows, r => r.Data.Deadline.ToUniversalTime()), Array(_rows, r => r.Zone)];

    /// <summary>Per tenant × day × unit × service × channel: how many started.</summary>
    public object[] DailyStarted()
    {
        var groups = _rows.GroupBy(r => (r.Tenant, r.Day, r.Data.UnitCode, r.Data.ServiceCode, r.Channel)).ToList();
        return [Array(groups, g => g.Key.Tenant), Array(groups, g => g.Key.Day), Array(groups, g => g.Key.UnitCode), Array(groups, g => g.Key.ServiceCode),
            Array(groups, g => g.Key.Channel), Array(groups, g => (long)g.Count())];
    }

    /// <summary>Per tenant × scope × day × channel, where a unit counts in the city, its kecamatan and itself.</summary>
    public object[] RollUpStarted()
    {
        var groups = _rows.SelectMany(r => AdoptionScopes.Of(r.Data.UnitCode).Select(scope => (r.Tenant, Scope: scope, r.Day, r.Channel)))
            .GroupBy(k => k).ToList();
        return [Array(groups, g => g.Key.Tenant), Array(groups, g => g.Key.Scope), Array(groups, g => g.Key.Day), Array(groups, g => g.Key.Channel),
            Array(groups, g => (long)g.Count())];
    }

    /// <summary>Per tenant × day × unit × citizen: whether any of that day's uses there was digital.</summary>
    public object[] CitizenDays()
    {
        var groups = _rows.GroupBy(r => (r.Tenant, r.Day, r.Data.UnitCode, r.Data.CitizenKey)).ToList();
        return [Array(groups, g => g.Key.Tenant), Array(groups, g => g.Key.Day), Array(groups, g => g.Key.UnitCode), Array(groups, g => g.Key.CitizenKey),
            Array(groups, g => g.Any(r => r.Digital))];
    }

    /// <summary>
    /// Per tenant × citizen: first and last day, first unit, first digital day and unit, uses. Events arrive in append
    /// order, which need not be the order of their instants: among uses on the earliest day the first appended names the unit.
    /// </summary>
    public object[] Citizens()
    {
        var groups = _rows.GroupBy(r => (r.Tenant, r.Data.CitizenKey))
            .Select(g => (g.Key, Uses: g.OrderBy(r => r.Day).ThenBy(r => r.Event.Sequence).ToList())).ToList();
        return [
            Array(groups, g => g.Key.Tenant), Array(groups, g => g.Key.CitizenKey), Array(groups, g => g.Uses[0].Data.UnitCode), Array(groups, g => g.Uses[0].Day),
            Array(groups, g => g.Uses.Where(r => r.Digital).Select(r => (DateOnly?)r.Day).FirstOrDefault()),
            Array(groups, g => g.Uses.FirstOrDefault(r => r.Digital)?.Data.UnitCode),
            Array(groups, g => g.Uses.Max(r => r.Day)), Array(groups, g => (long)g.Uses.Count)];
    }

    private static TValue[] Array<T, TValue>(List<T> rows, Func<T, TValue> value) => [.. rows.Select(value)];

    private sealed class Submission(IEvent<RequestSubmitted> e, string zone)
    {
        public IEvent<RequestSubmitted> Event { get; } = e;

        public RequestSubmitted Data => Event.Data;

        public string Tenant => Event.TenantId;

        public string Zone { get; } = zone;

        public string Channel { get; } = e.Data.Channel.ToString().ToUpperInvariant();

        public bool Digital => Data.Channel != Catalog.Channel.Counter;

        public DateOnly Day { get; } = AdoptionMetrics.LocalDay(Instant.FromDateTimeOffset(e.Data.At), DateTimeZoneProviders.Tzdb[zone]).ToDateOnly();
    }
}
