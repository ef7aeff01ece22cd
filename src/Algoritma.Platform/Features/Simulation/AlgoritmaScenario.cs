using NodaTime;

namespace Algoritma.Platform.Features.Simulation;

/// <summary>One rollout wave of the programme: from <see cref="StartsOn"/>, <see cref="NewUnitCodes"/> join; <see cref="UnitCodes"/> are all units in the programme from then on.</summary>
public sealed record RolloutWave(int Number, LocalDate StartsOn, IReadOnlyList<string> NewUnitCodes, IReadOnlyList<string> UnitCodes);

/// <summary>
/// Kota Samarinda's "Algoritma" digital-adoption programme as the simulator plays it: kelurahan join in three
/// waves (a pilot of 10, then 34, then all), Tuesday to Thursday are digital-priority days, and the goal is
/// digital take-up of at least 60%. Everything a campaign needs to be launched from it is public.
/// </summary>
public sealed record AlgoritmaScenario(
    string TenantId,
    string Name,
    LocalDate StartsOn,
    LocalDate EndsOn,
    IReadOnlyList<RolloutWave> Waves,
    IReadOnlyList<IsoDayOfWeek> PriorityDays,
    string GoalMetric,
    decimal Target)
{
    public const string DigitalTakeUp = "DIGITAL_TAKE_UP";
    public const decimal DefaultTarget = 0.60m;

    /// <summary>Cumulative wave sizes for a city of 59 kelurahan; other cities are scaled to their own count.</summary>
    public static readonly IReadOnlyList<int> SamarindaWaveSizes = [10, 34, 59];

    /// <summary>The months of the period (1-based) in which the waves start: roughly month 4, 7 and 10 of 12.</summary>
    public static readonly IReadOnlyList<int> WaveMonths = [4, 7, 10];

    public static readonly IReadOnlyList<IsoDayOfWeek> DefaultPriorityDays = [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday];

    /// <summary>All units in the programme at the end (the last wave).</summary>
    public IReadOnlyList<string> AllUnitCodes => Waves.Count == 0 ? [] : Waves[^1].UnitCodes;

    /// <summary>The day the unit joins the programme, or null when it never does.</summary>
    public LocalDate? JoinDateOf(string unitCode)
    {
        foreach (var wave in Waves)
        {
            if (wave.NewUnitCodes.Contains(unitCode))
            {
                return wave.StartsOn;
            }
        }

        return null;
    }

    public bool IsPriorityDay(LocalDate date) => PriorityDays.Contains(date.DayOfWeek);

    /// <summary>
    /// Plans the programme over <paramref name="start"/>..<paramref name="end"/> (a period of <paramref name="months"/> months):
    /// the waves start on the first working day of months 4, 7 and 10 (scaled to shorter periods) and take deterministic
    /// units from the sorted kelurahan codes, spread evenly so each wave reaches every kecamatan.
    /// </summary>
    public static AlgoritmaScenario Plan(
        string tenantId, IEnumerable<string> kelurahanCodes, LocalDate start, LocalDate end, int months, Func<LocalDate, bool>? isWorkingDay = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var sorted = kelurahanCodes.Distinct().Order(StringComparer.Ordinal).ToList();
        var waves = new List<RolloutWave>();
        var taken = new List<string>();
        for (var i = 0; i < SamarindaWaveSizes.Count; i++)
        {
            var size = i == SamarindaWaveSizes.Count - 1
                ? sorted.Count
                : Math.Min(sorted.Count, (int)Math.Round(SamarindaWaveSizes[i] * sorted.Count / 59.0, MidpointRounding.AwayFromZero));
            var added = EvenlySpread(sorted, taken, size - taken.Count);
            taken.AddRange(added);
            var startsOn = WaveStart(start, end, months, WaveMonths[i], isWorkingDay);
            waves.Add(new RolloutWave(i + 1, startsOn, added, [.. taken.Order(StringComparer.Ordinal)]));
        }

        return new AlgoritmaScenario(tenantId, "Algoritma", start, end, waves, DefaultPriorityDays, DigitalTakeUp, DefaultTarget);
    }

    private static LocalDate WaveStart(LocalDate start, LocalDate end, int months, int monthOf12, Func<LocalDate, bool>? isWorkingDay)
    {
        // month m of 12 begins (m - 1)/12 of the way through the period: whole months for a period of whole years, else days
        var date = months % 12 == 0
            ? start.PlusMonths((monthOf12 - 1) * months / 12)
            : start.PlusDays((int)Math.Round(Period.Between(start, end, PeriodUnits.Days).Days * (monthOf12 - 1) / 12.0));
        for (var i = 0; i < 14 && isWorkingDay is not null && !isWorkingDay(date); i++)
        {
            date = date.PlusDays(1);
        }

        return date > end ? end : date;
    }

    /// <summary><paramref name="count"/> codes not yet taken, at evenly spaced positions of the remaining ones.</summary>
    private static List<string> EvenlySpread(List<string> sorted, List<string> taken, int count)
    {
        var remaining = sorted.Except(taken).ToList();
        if (count <= 0 || remaining.Count == 0)
        {
            return [];
        }

        count = Math.Min(count, remaining.Count);
        var picked = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            picked.Add(remaining[(int)((long)i * remaining.Count / count)]);
        }

        return picked;
    }
}
