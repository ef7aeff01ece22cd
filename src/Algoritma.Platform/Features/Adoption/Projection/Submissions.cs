using Algoritma.Platform.Features.Requests;
using JasperFx.Events;
using NodaTime;
using static Algoritma.Platform.Features.Adoption.Projection.BatchColumns;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// A batch's submissions grouped in memory into the rows their statements upsert: everything those rows need is in the
/// events themselves (and the tenant's zone), so the statements insert grouped arrays without joining the facts or
/// expanding scopes per row in the database. Each array set holds one row per key; every key appears once.
/// </summary>
internal sealed class Submissions
{
    private readonly List<Submission> _rows;

    public Submissions(IEnumerable<IEvent<RequestSubmitted>> events, IReadOnlyDictionary<string, string> zones)
    {
        _rows = [.. events.Select(e => new Submission(e, zones[e.TenantId]))];
    }

    public int Count => _rows.Count;

    public object[] Facts() => [
        Column(_rows, r => r.Tenant), Column(_rows, r => r.Event.StreamId), Column(_rows, r => r.Data.UnitCode), Column(_rows, r => r.Data.ServiceCode),
        Column(_rows, r => r.Channel), Column(_rows, r => r.Data.CitizenKey), Column(_rows, r => r.Data.At.ToUniversalTime()),
        Column(_rows, r => r.Data.Deadline.ToUniversalTime()), Column(_rows, r => r.Zone)];

    /// <summary>Per tenant × day × unit × service × channel: how many started.</summary>
    public object[] DailyStarted()
    {
        var groups = _rows.GroupBy(r => (r.Tenant, r.Day, r.Data.UnitCode, r.Data.ServiceCode, r.Channel)).ToList();
        return [Column(groups, g => g.Key.Tenant), Column(groups, g => g.Key.Day), Column(groups, g => g.Key.UnitCode), Column(groups, g => g.Key.ServiceCode),
            Column(groups, g => g.Key.Channel), Column(groups, g => (long)g.Count())];
    }

    /// <summary>Per tenant × scope × day × channel, where a unit counts in the city, its kecamatan and itself.</summary>
    public object[] RollUpStarted()
    {
        var groups = _rows.SelectMany(r => AdoptionScopes.Of(r.Data.UnitCode).Select(scope => (r.Tenant, Scope: scope, r.Day, r.Channel)))
            .GroupBy(k => k).ToList();
        return [Column(groups, g => g.Key.Tenant), Column(groups, g => g.Key.Scope), Column(groups, g => g.Key.Day), Column(groups, g => g.Key.Channel),
            Column(groups, g => (long)g.Count())];
    }

    /// <summary>Per tenant × day × unit × citizen: whether any of that day's uses there was digital.</summary>
    public object[] CitizenDays()
    {
        var groups = _rows.GroupBy(r => (r.Tenant, r.Day, r.Data.UnitCode, r.Data.CitizenKey)).ToList();
        return [Column(groups, g => g.Key.Tenant), Column(groups, g => g.Key.Day), Column(groups, g => g.Key.UnitCode), Column(groups, g => g.Key.CitizenKey),
            Column(groups, g => g.Any(r => r.Digital))];
    }

    /// <summary>Per tenant × month × unit × channel: how many started (the unit-month roll-up).</summary>
    public object[] MonthlyStarted()
    {
        var groups = _rows.GroupBy(r => (r.Tenant, Month: PeriodGrains.Month(r.Day), r.Data.UnitCode, r.Channel)).ToList();
        return [Column(groups, g => g.Key.Tenant), Column(groups, g => g.Key.Month), Column(groups, g => g.Key.UnitCode), Column(groups, g => g.Key.Channel),
            Column(groups, g => (long)g.Count())];
    }

    /// <summary>Each citizen's uses in the batch, in append order, as the citizen counters take them.</summary>
    public IEnumerable<((string Tenant, string Citizen) Citizen, List<CitizenUse> Uses)> UsesByCitizen() =>
        _rows.GroupBy(r => (r.Tenant, r.Data.CitizenKey)).Select(g => (g.Key, g.Select(r => new CitizenUse(r.Day, r.Data.UnitCode, r.Digital, r.Event.Sequence)).ToList()));

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
