using static Algoritma.Platform.Features.Adoption.Projection.BatchColumns;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The citizen projection's statements for a batch of submissions: each citizen's days and uses, then the period and
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

        yield return new(AdoptionSql.RecordCitizenDays, submissions.CitizenDays());
        yield return new(AdoptionSql.RecordCitizens, submissions.Citizens());
        var changes = Changes(submissions, histories);
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
    private static Dictionary<string, CitizenCounters> Changes(Submissions submissions, IReadOnlyDictionary<(string Tenant, string Citizen), CitizenHistory> histories)
    {
        var changes = new Dictionary<string, CitizenCounters>(StringComparer.Ordinal);
        foreach (var (citizen, uses) in submissions.UsesByCitizen())
        {
            var before = histories.GetValueOrDefault(citizen) ?? CitizenHistory.None;
            if (!changes.TryGetValue(citizen.Tenant, out var tenant))
            {
                changes[citizen.Tenant] = tenant = new CitizenCounters();
            }

            tenant.Add(CitizenCounters.Of(before.With(uses)), 1);
            tenant.Add(CitizenCounters.Of(before), -1);
        }

        return changes;
    }
}
