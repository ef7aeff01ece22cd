using Dapper;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// Usage per unit and channel over days [From, To), read as the month roll-up's rows for the calendar months the range
/// covers whole (and that no cut splits) and daily-usage rows for the other days: the same sums from far fewer rows.
/// </summary>
internal static class UnitMonthUsage
{
    /// <summary>The months wholly inside [from, toExclusive) that no cut falls inside (a cut on a month's first day splits nothing).</summary>
    public static DateTime[] WholeMonths(LocalDate from, LocalDate toExclusive, IEnumerable<LocalDate> cuts)
    {
        var cutDays = cuts.ToHashSet();
        var months = new List<DateTime>();
        for (var month = from.With(DateAdjusters.StartOfMonth) == from ? from : from.With(DateAdjusters.StartOfMonth).PlusMonths(1);
             month.PlusMonths(1) <= toExclusive; month = month.PlusMonths(1))
        {
            var end = month.PlusMonths(1);
            if (!cutDays.Any(cut => cut > month && cut < end))
            {
                months.Add(month.ToDateTimeUnspecified());
            }
        }

        return [.. months];
    }

    /// <summary>
    /// The parameters of <see cref="Rows"/>: the scope's, <c>@Months</c> and the day ranges [<c>@DayStarts</c>,
    /// <c>@DayEnds</c>) of [from, toExclusive) outside those months, so the day rows read are only those needed.
    /// </summary>
    public static DynamicParameters Parameters(object scopeParameters, LocalDate from, LocalDate toExclusive, DateTime[] months)
    {
        var (starts, ends) = (new List<DateTime>(), new List<DateTime>());
        var day = from;
        foreach (var month in months.Select(LocalDate.FromDateTime).Append(toExclusive))
        {
            if (day < month)
            {
                starts.Add(day.ToDateTimeUnspecified());
                ends.Add(LocalDate.Min(month, toExclusive).ToDateTimeUnspecified());
            }

            day = LocalDate.Max(day, month.PlusMonths(1));
        }

        var parameters = new DynamicParameters(scopeParameters);
        parameters.Add("Months", months);
        parameters.Add("DayStarts", starts.ToArray());
        parameters.Add("DayEnds", ends.ToArray());
        return parameters;
    }

    /// <summary>
    /// unit_code, day (a month's first day for a month row), channel and the four counters of the tenant's usage: month
    /// rows for @Months, day rows for the day ranges between them (an index range scan each).
    /// </summary>
    public const string Rows = """
        SELECT unit_code, month AS day, channel, started, completed, rejected, completed_within_sla
        FROM marten.adoption_unit_month_usage
        WHERE tenant_id = @Tenant AND month = ANY(@Months::date[])
        UNION ALL
        SELECT d.unit_code, d.day, d.channel, d.started, d.completed, d.rejected, d.completed_within_sla
        FROM unnest(@DayStarts::date[], @DayEnds::date[]) AS r(starts, ends)
        JOIN marten.adoption_daily_usage d ON d.tenant_id = @Tenant AND d.day >= r.starts AND d.day < r.ends
        """;
}
