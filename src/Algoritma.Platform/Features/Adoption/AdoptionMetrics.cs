using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption;

public enum Granularity
{
    Day,
    Week,
    Month,
}

/// <summary>
/// What a projection counts per tenant-local day × unit × service × channel. Started (submitted) and
/// <see cref="DigitalSubmitted"/> count on the day of submission; completed, rejected and within-SLA on the day of
/// completion or rejection.
/// </summary>
public sealed record UsageCounts(long Started, long Completed, long DigitalCompleted, long Rejected, long CompletedWithinSla, long DigitalSubmitted = 0)
{
    public static readonly UsageCounts Zero = new(0, 0, 0, 0, 0);

    public UsageCounts Plus(UsageCounts other) => new(
        Started + other.Started, Completed + other.Completed, DigitalCompleted + other.DigitalCompleted,
        Rejected + other.Rejected, CompletedWithinSla + other.CompletedWithinSla, DigitalSubmitted + other.DigitalSubmitted);
}

/// <summary>
/// The programme's KPIs, as the GOV.UK service standard defines them. A ratio of nothing is null, not zero:
/// a kelurahan with no completed request has no take-up yet.
/// </summary>
public static class AdoptionMetrics
{
    /// <summary>ONLINE, KIOSK and ASSISTED are digital (assisted digital counts as digital); COUNTER is not.</summary>
    public static bool IsDigital(Channel channel) => channel != Channel.Counter;

    /// <summary>Digital completed ÷ all completed.</summary>
    public static decimal? DigitalTakeUp(UsageCounts counts) => Ratio(counts.DigitalCompleted, counts.Completed);

    /// <summary>Digital submitted ÷ all submitted, by the day of submission: what a priority day is judged on.</summary>
    public static decimal? DigitalSubmittedShare(UsageCounts counts) => Ratio(counts.DigitalSubmitted, counts.Started);

    /// <summary>Completed ÷ started.</summary>
    public static decimal? CompletionRate(UsageCounts counts) => Ratio(counts.Completed, counts.Started);

    /// <summary>Completed within the SLA deadline ÷ completed.</summary>
    public static decimal? SlaCompliance(UsageCounts counts) => Ratio(counts.CompletedWithinSla, counts.Completed);

    /// <summary>Linear-interpolation percentile (p in 0–100) of processing times; null for none.</summary>
    public static Duration? Percentile(IReadOnlyCollection<Duration> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = p / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    /// <summary>Digital completions that needed no visit to an office: ONLINE ones (a kiosk or assisted service is a visit).</summary>
    public static bool AvoidsVisit(Channel channel) => channel == Channel.Online;

    /// <summary>Citizen hours saved: counter visits avoided × the tenant's hours per counter visit (travel plus queue).</summary>
    public static decimal CitizenHoursSaved(long visitsAvoided, decimal counterVisitHours) =>
        Math.Round(visitsAvoided * counterVisitHours, 2, MidpointRounding.AwayFromZero);

    /// <summary>The tenant-local day an instant falls on: days are the city's days, not UTC's.</summary>
    public static LocalDate LocalDay(Instant instant, DateTimeZone zone) => instant.InZone(zone).Date;

    /// <summary>The first day of the period containing <paramref name="day"/>: ISO weeks start on Monday.</summary>
    public static LocalDate PeriodStart(LocalDate day, Granularity granularity) => granularity switch
    {
        Granularity.Day => day,
        Granularity.Week => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        _ => day.With(DateAdjusters.StartOfMonth),
    };

    private static decimal? Ratio(long part, long whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}

public enum Lifecycle
{
    New,
    Returning,
    Resurrecting,
    Dormant,
}

/// <summary>Product-analytics lifecycle of a citizen in a period, relative to the period before.</summary>
public static class CitizenLifecycle
{
    /// <param name="activeNow">used a service in this period</param>
    /// <param name="activeInPrevious">used one in the previous period</param>
    /// <param name="firstUseInThisPeriod">this period holds their first use ever</param>
    /// <returns>null for a citizen inactive in both periods (nothing to report)</returns>
    public static Lifecycle? Classify(bool activeNow, bool activeInPrevious, bool firstUseInThisPeriod) => (activeNow, activeInPrevious) switch
    {
        (true, _) when firstUseInThisPeriod => Lifecycle.New,
        (true, true) => Lifecycle.Returning,
        (true, false) => Lifecycle.Resurrecting,
        (false, true) => Lifecycle.Dormant,
        _ => null,
    };
}
