using NodaTime;

namespace Algoritma.Simulation.Programme;

/// <summary>
/// Kota Samarinda's "Algoritma" digital-adoption programme as the simulator plays it, after Samarinda's own story
/// (Diskominfo, reported by ANTARA Kaltim and nukaltim.id): a pilot of 10 kelurahan, one in each kecamatan, and one
/// kecamatan office; then 34 kelurahan; then all 59. A kecamatan office joins with its kecamatan: the pilot's with the
/// pilot, every other one in the wave that brings its kecamatan's last kelurahan in. Tuesday to Thursday are
/// digital-priority days, and the goal is digital take-up of at least 60%. Everything a campaign needs is public.
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

    /// <summary>All kelurahan in the programme at the end (the last wave).</summary>
    public IReadOnlyList<string> AllUnitCodes => Waves.Count == 0 ? [] : Waves[^1].UnitCodes;

    /// <summary>All kecamatan offices in the programme at the end.</summary>
    public IReadOnlyList<string> AllOfficeCodes => [.. Waves.SelectMany(w => w.NewOfficeCodes).Order(StringComparer.Ordinal)];

    /// <summary>The day the kelurahan or kecamatan office joins the programme, or null when it never does.</summary>
    public LocalDate? JoinDateOf(string unitCode)
    {
        foreach (var wave in Waves)
        {
            if (wave.NewUnitCodes.Contains(unitCode) || wave.NewOfficeCodes.Contains(unitCode))
            {
                return wave.StartsOn;
            }
        }

        return null;
    }

    public bool IsPriorityDay(LocalDate date) => PriorityDays.Contains(date.DayOfWeek);

    /// <summary>
    /// Plans the programme over <paramref name="start"/>..<paramref name="end"/> (a period of <paramref name="months"/> months):
    /// the waves start on the first working day of months 4, 7 and 10 (scaled to shorter periods) and take kelurahan
    /// kecamatan by kecamatan in turn (the first of each, then the second of each...), so the pilot has one per kecamatan.
    /// </summary>
    public static AlgoritmaScenario Plan(
        string tenantId, IEnumerable<string> kelurahanCodes, LocalDate start, LocalDate end, int months, Func<LocalDate, bool>? isWorkingDay = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var sorted = RoundRobinByKecamatan(kelurahanCodes);
        var waves = new List<RolloutWave>();
        var taken = new List<string>();
        var officesIn = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < SamarindaWaveSizes.Count; i++)
        {
            var size = i == SamarindaWaveSizes.Count - 1
                ? sorted.Count
                : Math.Min(sorted.Count, (int)Math.Round(SamarindaWaveSizes[i] * sorted.Count / 59.0, MidpointRounding.AwayFromZero));
            var added = sorted.Except(taken).Take(Math.Max(0, size - taken.Count)).ToList();
            taken.AddRange(added);
            var startsOn = WaveStart(start, end, months, WaveMonths[i], isWorkingDay);
            var offices = (i == 0 ? added.Take(1).Select(KecamatanOf) : [])
                .Concat(sorted.GroupBy(KecamatanOf).Where(k => k.All(taken.Contains)).Select(k => k.Key))
                .Where(officesIn.Add).Order(StringComparer.Ordinal).ToList();
            waves.Add(new RolloutWave(i + 1, startsOn, added, [.. taken.Order(StringComparer.Ordinal)]) { NewOfficeCodes = offices });
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

    /// <summary>The kecamatan of a kelurahan code: its first three segments (64.72.01.1001 → 64.72.01).</summary>
    public static string KecamatanOf(string kelurahanCode) => string.Join('.', kelurahanCode.Split('.').Take(3));

    /// <summary>The sorted kelurahan, the first of each kecamatan first, then the second of each, and so on.</summary>
    private static List<string> RoundRobinByKecamatan(IEnumerable<string> kelurahanCodes) =>
        [.. kelurahanCodes.Distinct().Order(StringComparer.Ordinal).GroupBy(KecamatanOf)
            .SelectMany(kecamatan => kecamatan.Select((code, turn) => (code, turn, kecamatan: kecamatan.Key)))
            .OrderBy(k => k.turn).ThenBy(k => k.kecamatan, StringComparer.Ordinal).Select(k => k.code)];
}
