using static Algoritma.Platform.Features.Adoption.Projection.BatchColumns;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The citizen projection's statements for a batch of submissions: each citizen's days, firsts and uses, then the period and
/// retention counters changed by each citizen's contribution with the batch minus without it (<see cref="CitizenCounters"/>).
/// Everything comes from memory: the batch's submissions and its citizens' histories as earlier batches left them.
/// </summary>
public static class CitizensBatch
{
    /// <param name="histories">the batch's citizens' histories before it (<see cref="CitizenHistories"/>); a citizen missing has none</param>
    internal static IEnumerable<AdoptionStatement> Statements(Submissions submissions, IReadOnlyDictionary<(string Tenant, string Citizen), CitizenHistory> histories)
    {
        if (submissions.Count == 0)
        {
            yield break;
        }

        var citizens = submissions.UsesByCitizen()
            .Select(c => (c.Citizen, c.Uses, Before: histories.GetValueOrDefault(c.Citizen) ?? CitizenHistory.None))
            .Select(c => (c.Citizen, c.Uses, c.Before, After: c.Before.With(c.Uses))).ToList();
        yield return new(AdoptionSql.RecordCitizenDays, submissions.CitizenDays());
        yield return new(AdoptionSql.RecordCitizens, [
            Column(citizens, c => c.Citizen.Tenant), Column(citizens, c => c.Citizen.Citizen), Column(citizens, c => c.After.First!.Value.Unit),
            Column(citizens, c => c.After.First!.Value.Day), Column(citizens, c => c.After.FirstDigital?.Day), Column(citizens, c => c.After.FirstDigital?.Unit),
            Column(citizens, c => c.Uses.Max(u => u.Day)), Column(citizens, c => (long)c.Uses.Count),
            Column(citizens, c => c.After.RecentFrom), Column(citizens, c => c.After.RecentDays())]);
        var changes = Changes(citizens.Select(c => (c.Citizen.Tenant, c.Before, c.After)));
        var periods = changes.SelectMany(t => t.Value.Periods.Where(p => !p.Value.IsZero).Select(p => (Tenant: t.Key, p.Key, Counts: p.Value))).ToList();
        if (periods.Count > 0)
        {
            yield return new(PeriodCitizensSql.AddPeriodCounts, [
                Column(periods, p => p.Tenant), Column(periods, p => p.Key.Grain), Column(periods, p => p.Key.Period), Column(periods, p => p.Key.Scope),
                Column(periods, p => p.Counts.Active), Column(periods, p => p.Counts.ActiveDigital), Column(periods, p => p.Counts.WithPrevious),
                Column(periods, p => p.Counts.NewActive), Column(periods, p => p.Counts.NewCitizens), Column(periods, p => p.Counts.NewDigital)]);
        }

        var retention = changes.SelectMany(t => t.Value.Retention.Where(r => r.Value != 0).Select(r => (Tenant: t.Key, r.Key, Active: r.Value))).ToList();
        if (retention.Count > 0)
        {
            yield return new(PeriodCitizensSql.AddRetention, [
                Column(retention, r => r.Tenant), Column(retention, r => r.Key.Scope), Column(retention, r => r.Key.Cohort), Column(retention, r => r.Key.Month),
                Column(retention, r => r.Active)]);
        }
    }

    /// <summary>Per tenant, the counters' changes: each citizen's contribution after the batch minus before it.</summary>
    private static Dictionary<string, CitizenCounters> Changes(IEnumerable<(string Tenant, CitizenHistory Before, CitizenHistory After)> citizens)
    {
        var changes = new Dictionary<string, CitizenCounters>(StringComparer.Ordinal);
        foreach (var (tenant, before, after) in citizens)
        {
            if (!changes.TryGetValue(tenant, out var counters))
            {
                changes[tenant] = counters = new CitizenCounters();
            }

            counters.Add(CitizenCounters.Of(after), 1);
            counters.Add(CitizenCounters.Of(before), -1);
        }

        return changes;
    }
}
