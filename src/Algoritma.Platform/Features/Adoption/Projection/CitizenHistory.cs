using System.Globalization;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>One use of a service by a citizen, as the citizen counters take it: the tenant-local day, the unit, whether digital, the append order.</summary>
internal readonly record struct CitizenUse(DateOnly Day, string Unit, bool Digital, long Sequence);

/// <summary>A citizen's first use (or first digital use): its day and unit.</summary>
internal readonly record struct CitizenFirst(DateOnly Day, string Unit);

/// <summary>
/// What a citizen's counters are counted from (<see cref="CitizenCounters"/>): the first use and first digital use with
/// their units (as adoption_citizens keeps them) and the days the citizen used a service at each unit, digital or not (as
/// adoption_citizen_days keeps them all, and adoption_citizens the recent ones).
/// </summary>
internal sealed class CitizenHistory
{
    public static readonly CitizenHistory None = new(null, null, new Dictionary<(DateOnly, string), bool>());

    public CitizenHistory(CitizenFirst? first, CitizenFirst? firstDigital, IReadOnlyDictionary<(DateOnly Day, string Unit), bool> days)
    {
        First = first;
        FirstDigital = firstDigital;
        Days = days;
    }

    public CitizenFirst? First { get; }

    public CitizenFirst? FirstDigital { get; }

    /// <summary>
    /// Each day and unit of a use, true when any use there that day was digital. Read for a batch, it may hold only the
    /// days from the window on (<see cref="WindowStart"/>).
    /// </summary>
    public IReadOnlyDictionary<(DateOnly Day, string Unit), bool> Days { get; }

    /// <summary>
    /// The first day a batch's change to the counters can depend on, when its earliest use is on
    /// <paramref name="earliestUse"/>: a use changes the counters of its own week and month (which look at the period
    /// before) and of the next ones (whose "with the previous" looks at it), so the days from the month before the
    /// earliest use's month on decide them, as long as the first use stays; a batch that moves the first use has its
    /// earliest use before every kept day, so the window holds them all. Counted over only those days, the history's
    /// contribution before and after the batch differs by the same change as over every day.
    /// </summary>
    public static DateOnly WindowStart(DateOnly earliestUse) => PeriodGrains.Month(earliestUse).AddMonths(-1);

    /// <summary>
    /// The first day of the days kept beside the citizen's firsts (adoption_citizens.recent_days): a month before the
    /// window of a use on the citizen's latest day. A later batch whose window starts there or later reads its history
    /// from that one row; an older use arriving later still (a window before it) reads the citizen's day rows instead.
    /// The month more keeps late uses from the month before in the row: the seeded year appends a request's events
    /// together, so a batch holds submissions from weeks before its latest ones, and with the window alone 669 of a 10M
    /// rebuild's 1,516 batches read day rows (162 s of the database's time). It depends only on the citizen's days,
    /// not on how the uses were batched, so a rebuild and a catch-up keep the same.
    /// </summary>
    public DateOnly RecentFrom => WindowStart(Days.Keys.Max(k => k.Day)).AddMonths(-1);

    /// <summary>
    /// The days from <see cref="RecentFrom"/> on, ordered, as 'day unit digital' joined by ';' (region codes hold neither
    /// ' ' nor ';'): complete when this history holds every day from its batch's window on, which
    /// <see cref="RecentFrom"/> never precedes.
    /// </summary>
    public string RecentDays()
    {
        var from = RecentFrom;
        return string.Join(';', Days.Where(d => d.Key.Day >= from).OrderBy(d => d.Key.Day).ThenBy(d => d.Key.Unit, StringComparer.Ordinal)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key.Day:yyyy-MM-dd} {d.Key.Unit} {(d.Value ? 't' : 'f')}")));
    }

    /// <summary>The history with only the days from <paramref name="day"/> on.</summary>
    public CitizenHistory Since(DateOnly day) => new(First, FirstDigital, Days.Where(d => d.Key.Day >= day).ToDictionary());

    /// <summary>
    /// The history with a batch's uses added. Uses arrive in append order, which need not be the order of their days: the
    /// first use is the earliest day's first appended use, and a kept first stays on a tie (it was appended before).
    /// </summary>
    public CitizenHistory With(IEnumerable<CitizenUse> uses)
    {
        var ordered = uses.OrderBy(u => u.Day).ThenBy(u => u.Sequence).ToList();
        var days = new Dictionary<(DateOnly Day, string Unit), bool>(Days);
        foreach (var use in ordered)
        {
            days[(use.Day, use.Unit)] = days.GetValueOrDefault((use.Day, use.Unit)) || use.Digital;
        }

        return new CitizenHistory(Earlier(First, ordered), Earlier(FirstDigital, ordered.Where(u => u.Digital)), days);
    }

    private static CitizenFirst? Earlier(CitizenFirst? kept, IEnumerable<CitizenUse> ordered) =>
        ordered.Select(u => (CitizenUse?)u).FirstOrDefault() is not { } use || (kept is { } first && first.Day <= use.Day) ? kept : new CitizenFirst(use.Day, use.Unit);
}
