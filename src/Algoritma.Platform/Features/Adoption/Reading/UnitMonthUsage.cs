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

    /// <summary>The parameters of <see cref="Rows"/>: the scope's and <c>@Months</c>.</summary>
    public static DynamicParameters Parameters(object scopeParameters, DateTime[] months)
    {
        var parameters = new DynamicParameters(scopeParameters);
        parameters.Add("Months", months);
        return parameters;
    }

    /// <summary>
    /// unit_code, day (a month's first day for a month row), channel and the four counters of the tenant's usage in
    /// [@From, @To): month rows for @Months, day rows for the rest.
    /// </summary>
    public const string Rows = """
        SELECT unit_code, month AS day, channel, started, completed, rejected, completed_within_sla
        FROM marten.adoption_unit_month_usage
        WHERE tenant_id = @Tenant AND month = ANY(@Months::date[])
        UNION ALL
        SELECT unit_code, day, channel, started, completed, rejected, completed_within_sla
        FROM marten.adoption_daily_usage
        WHERE tenant_id = @Tenant AND day >= @From AND day < @To AND date_trunc('month', day::timestamp)::date <> ALL(@Months::date[])
        """;
}
