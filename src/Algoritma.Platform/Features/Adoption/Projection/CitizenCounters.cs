namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>A period citizen counter row's key: grain ('week' or 'month', as date_trunc names them), period start, scope.</summary>
internal readonly record struct PeriodKey(string Grain, DateOnly Period, string Scope);

/// <summary>A retention counter row's key: scope of the first unit, first-use month (the cohort), a month the citizen was active.</summary>
internal readonly record struct RetentionKey(string Scope, DateOnly Cohort, DateOnly Month);

/// <summary>The six citizen counters of a period and scope (<see cref="PeriodCitizensTables.PeriodCounts"/>).</summary>
internal readonly record struct PeriodCounts(long Active, long ActiveDigital, long WithPrevious, long NewActive, long NewCitizens, long NewDigital)
{
    public bool IsZero => this == default;

    public static PeriodCounts operator +(PeriodCounts a, PeriodCounts b) => new(
        a.Active + b.Active, a.ActiveDigital + b.ActiveDigital, a.WithPrevious + b.WithPrevious, a.NewActive + b.NewActive,
        a.NewCitizens + b.NewCitizens, a.NewDigital + b.NewDigital);

    public static PeriodCounts operator *(long sign, PeriodCounts a) => new(
        sign * a.Active, sign * a.ActiveDigital, sign * a.WithPrevious, sign * a.NewActive, sign * a.NewCitizens, sign * a.NewDigital);
}

/// <summary>
/// What one citizen adds to the period and retention counters, computed from their whole history: the counters are a
/// count over citizens, so a batch changes them by each of its citizens' contribution after the batch minus before it,
/// whatever order the uses arrive in (an earlier-dated use arriving late moves the first use and all that hangs on it).
/// </summary>
internal sealed class CitizenCounters
{
    private static readonly string[] Grains = ["week", "month"];

    public Dictionary<PeriodKey, PeriodCounts> Periods { get; } = [];

    public Dictionary<RetentionKey, long> Retention { get; } = [];

    /// <summary>
    /// Per grain, period and scope the citizen is active in (a use that period at a unit of the scope): active, active
    /// digital (a digital use there), with the previous period (also active there the period before: lifecycle's
    /// returning), new active (the first use anywhere falls in the period: lifecycle's new); per grain at the first use's
    /// period and its unit's scopes: new and new digital; per active month (anywhere), for the first unit's scopes and the
    /// first use's month: retention.
    /// </summary>
    public static CitizenCounters Of(CitizenHistory history)
    {
        var counters = new CitizenCounters();
        if (history.First is not { } first)
        {
            return counters;
        }

        foreach (var grain in Grains)
        {
            var active = ActiveSets(history, grain);
            var firstPeriod = PeriodGrains.Of(grain, first.Day);
            foreach (var (key, digital) in active)
            {
                var previous = key with { Period = PeriodBefore(grain, key.Period) };
                counters.Add(key, new PeriodCounts(1, digital ? 1 : 0, active.ContainsKey(previous) ? 1 : 0, key.Period == firstPeriod ? 1 : 0, 0, 0));
            }

            foreach (var scope in AdoptionScopes.Of(first.Unit))
            {
                counters.Add(new PeriodKey(grain, firstPeriod, scope), new PeriodCounts(0, 0, 0, 0, 1, 0));
            }

            if (history.FirstDigital is { } firstDigital)
            {
                foreach (var scope in AdoptionScopes.Of(firstDigital.Unit))
                {
                    counters.Add(new PeriodKey(grain, PeriodGrains.Of(grain, firstDigital.Day), scope), new PeriodCounts(0, 0, 0, 0, 0, 1));
                }
            }

            if (grain == "month")
            {
                foreach (var month in active.Keys.Where(k => k.Scope == "").Select(k => k.Period))
                {
                    foreach (var scope in AdoptionScopes.Of(first.Unit))
                    {
                        counters.AddRetention(new RetentionKey(scope, firstPeriod, month), 1);
                    }
                }
            }
        }

        return counters;
    }

    /// <summary>Adds <paramref name="other"/> times <paramref name="sign"/> (1 or -1).</summary>
    public void Add(CitizenCounters other, long sign)
    {
        foreach (var (key, counts) in other.Periods)
        {
            Add(key, sign * counts);
        }

        foreach (var (key, active) in other.Retention)
        {
            AddRetention(key, sign * active);
        }
    }

    private static DateOnly PeriodBefore(string grain, DateOnly period) => grain == "week" ? period.AddDays(-7) : period.AddMonths(-1);

    /// <summary>The grain's periods and scopes the citizen was active in, each true when a use there was digital.</summary>
    private static Dictionary<PeriodKey, bool> ActiveSets(CitizenHistory history, string grain)
    {
        var sets = new Dictionary<PeriodKey, bool>();
        foreach (var ((day, unit), digital) in history.Days)
        {
            foreach (var scope in AdoptionScopes.Of(unit))
            {
                var key = new PeriodKey(grain, PeriodGrains.Of(grain, day), scope);
                sets[key] = sets.GetValueOrDefault(key) || digital;
            }
        }

        return sets;
    }

    private void Add(PeriodKey key, PeriodCounts counts) => Periods[key] = Periods.GetValueOrDefault(key) + counts;

    private void AddRetention(RetentionKey key, long active) => Retention[key] = Retention.GetValueOrDefault(key) + active;
}
