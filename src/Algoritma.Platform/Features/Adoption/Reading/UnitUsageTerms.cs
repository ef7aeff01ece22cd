using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// Usage per unit and channel over the segments of days [from, toExclusive) that cuts divide it into, summed from few
/// rows: a calendar month no cut splits is its month roll-up row; a month a cut (or the range's edge) splits is its month
/// row minus the day rows of every piece but its longest, the other in-range pieces counted from their day rows, unless
/// the range's own days of that month are fewer to read. A piece of a few days beside a cut near a month's end then costs
/// those few days, not the month's thirty.
/// </summary>
internal sealed class UnitUsageTerms
{
    private readonly List<DateOnly> _months = [];
    private readonly List<DateOnly> _monthSegments = [];
    private readonly List<DateOnly> _dayStarts = [];
    private readonly List<DateOnly> _dayEnds = [];
    private readonly List<DateOnly> _plusSegments = [];
    private readonly List<int> _plusSigns = [];
    private readonly List<DateOnly> _minusSegments = [];
    private readonly List<int> _minusSigns = [];

    private UnitUsageTerms(IReadOnlyList<LocalDate> segmentStarts) => SegmentStarts = segmentStarts;

    /// <summary>The first day of each segment, ascending: from, then every cut strictly inside the range.</summary>
    public IReadOnlyList<LocalDate> SegmentStarts { get; }

    public static UnitUsageTerms Plan(LocalDate from, LocalDate toExclusive, IEnumerable<LocalDate> cuts)
    {
        var starts = cuts.Where(c => c > from && c < toExclusive).Append(from).Distinct().Order().ToList();
        var terms = new UnitUsageTerms(starts);
        for (var month = from.With(DateAdjusters.StartOfMonth); month < toExclusive && from < toExclusive; month = month.PlusMonths(1))
        {
            terms.AddMonth(month, from, toExclusive);
        }

        return terms;
    }

    /// <summary>The segment a day lies in: the start of the last segment that starts on or before it.</summary>
    public LocalDate SegmentOf(LocalDate day)
    {
        var index = SegmentStarts.Count - 1;
        while (index > 0 && SegmentStarts[index] > day)
        {
            index--;
        }

        return SegmentStarts[index];
    }

    /// <summary>
    /// <c>unit_code, segment, channel, started, completed, rejected, completed_within_sla</c> of the tenant: signed terms
    /// whose sums per (unit, segment, channel) are that segment's usage. Needs @Tenant and <see cref="AddParameters"/>'.
    /// Each term is a lateral index range, kept apart by OFFSET 0: flattened into a join, the planner guesses the ranges
    /// wide and scans the whole day table.
    /// </summary>
    public const string Rows = """
        SELECT m.unit_code, t.segment, m.channel, m.started, m.completed, m.rejected, m.completed_within_sla
        FROM unnest(@Months, @MonthSegments) AS t(month, segment)
        CROSS JOIN LATERAL (SELECT * FROM marten.adoption_unit_month_usage WHERE tenant_id = @Tenant AND month = t.month OFFSET 0) m
        UNION ALL
        SELECT d.unit_code, s.segment, d.channel, s.sign * d.started, s.sign * d.completed, s.sign * d.rejected, s.sign * d.completed_within_sla
        FROM unnest(@DayStarts, @DayEnds, @PlusSegments, @PlusSigns, @MinusSegments, @MinusSigns) AS t(starts, ends, plus, plus_sign, minus, minus_sign)
        CROSS JOIN LATERAL (SELECT * FROM marten.adoption_daily_usage WHERE tenant_id = @Tenant AND day >= t.starts AND day < t.ends OFFSET 0) d
        CROSS JOIN LATERAL (VALUES (t.plus, t.plus_sign), (t.minus, t.minus_sign)) AS s(segment, sign)
        WHERE s.sign <> 0
        """;

    /// <summary>
    /// The HAVING clause that keeps the groups with usage: a unit whose month row and subtracted days cancel out had no
    /// day row in the range (the projection writes no row of four zeros), so it is left out as the day rows would.
    /// </summary>
    public const string HasUsage = "HAVING sum(started) <> 0 OR sum(completed) <> 0 OR sum(rejected) <> 0 OR sum(completed_within_sla) <> 0";

    /// <summary>The term arrays <see cref="Rows"/> reads, typed as date and int arrays.</summary>
    public void AddParameters(NpgsqlCommand command)
    {
        Add(command, "Months", _months);
        Add(command, "MonthSegments", _monthSegments);
        Add(command, "DayStarts", _dayStarts);
        Add(command, "DayEnds", _dayEnds);
        Add(command, "PlusSegments", _plusSegments);
        command.Parameters.Add(new NpgsqlParameter<int[]>("PlusSigns", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. _plusSigns] });
        Add(command, "MinusSegments", _minusSegments);
        command.Parameters.Add(new NpgsqlParameter<int[]>("MinusSigns", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. _minusSigns] });
    }

    /// <summary>The months read whole, each counted into a segment.</summary>
    internal IEnumerable<(LocalDate Month, LocalDate Segment)> MonthTerms =>
        _months.Zip(_monthSegments, (month, segment) => (LocalDate.FromDateOnly(month), LocalDate.FromDateOnly(segment)));

    /// <summary>The day ranges [Start, End) read, each counted into Plus and Minus with their signs (0: not at all).</summary>
    internal IEnumerable<(LocalDate Start, LocalDate End, LocalDate Plus, int PlusSign, LocalDate Minus, int MinusSign)> DayTerms =>
        Enumerable.Range(0, _dayStarts.Count).Select(i => (LocalDate.FromDateOnly(_dayStarts[i]), LocalDate.FromDateOnly(_dayEnds[i]),
            LocalDate.FromDateOnly(_plusSegments[i]), _plusSigns[i], LocalDate.FromDateOnly(_minusSegments[i]), _minusSigns[i]));

    private static void Add(NpgsqlCommand command, string name, List<DateOnly> values) =>
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]>(name, NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = [.. values] });

    private void AddMonth(LocalDate month, LocalDate from, LocalDate toExclusive)
    {
        var end = month.PlusMonths(1);
        var edges = SegmentStarts.Append(from).Append(toExclusive).Where(d => d > month && d < end).Distinct().Order().ToList();
        var pieces = edges.Prepend(month).Zip(edges.Append(end), (start, stop) => (Start: start, End: stop, InRange: start >= from && start < toExclusive)).ToList();
        var inRange = pieces.Where(p => p.InRange).ToList();
        var longest = inRange.MaxBy(p => Period.DaysBetween(p.Start, p.End));
        var daysBesideLongest = Period.DaysBetween(month, end) - Period.DaysBetween(longest.Start, longest.End);
        var daysInRange = inRange.Sum(p => Period.DaysBetween(p.Start, p.End));
        if (daysBesideLongest >= daysInRange)
        {
            foreach (var piece in inRange)
            {
                AddDays(piece.Start, piece.End, SegmentOf(piece.Start), 1, SegmentOf(piece.Start), 0);
            }

            return;
        }

        var segment = SegmentOf(longest.Start);
        _months.Add(month.ToDateOnly());
        _monthSegments.Add(segment.ToDateOnly());
        foreach (var piece in pieces.Where(p => p != longest))
        {
            AddDays(piece.Start, piece.End, piece.InRange ? SegmentOf(piece.Start) : segment, piece.InRange ? 1 : 0, segment, -1);
        }
    }

    private void AddDays(LocalDate start, LocalDate end, LocalDate plus, int plusSign, LocalDate minus, int minusSign)
    {
        _dayStarts.Add(start.ToDateOnly());
        _dayEnds.Add(end.ToDateOnly());
        _plusSegments.Add(plus.ToDateOnly());
        _plusSigns.Add(plusSign);
        _minusSegments.Add(minus.ToDateOnly());
        _minusSigns.Add(minusSign);
    }
}
