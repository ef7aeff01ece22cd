using Dapper;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// How a scope reads the period roll-ups: its whole periods [PeriodFrom, Whole) from rows of its own grain, and a
/// partial last period [Whole, To) from day rows, summed into that period.
/// </summary>
internal static class PeriodRollupScope
{
    /// <summary>The start of the last period when To cuts it short; To itself when To is a period boundary.</summary>
    public static LocalDate Whole(AdoptionScope scope) => LocalDate.Max(scope.PeriodFrom, AdoptionMetrics.PeriodStart(scope.To, scope.Granularity));

    /// <summary>The scope's parameters and <c>@Whole</c>.</summary>
    public static DynamicParameters Parameters(AdoptionScope scope)
    {
        var parameters = new DynamicParameters(scope.Parameters);
        parameters.Add("Whole", Whole(scope).ToDateOnly());
        return parameters;
    }

    /// <summary>
    /// Rows of a roll-up table with (grain, period, scope_code) in its key for the scope: whole periods, then the day rows
    /// of the partial last one, each with its period start as <c>period</c>.
    /// </summary>
    public static string Rows(string table, string columns) => $"""
        SELECT period, {columns} FROM {table}
        WHERE tenant_id = @Tenant AND grain = @Grain AND scope_code = coalesce(@Unit, '') AND period >= @From AND period < @Whole
        UNION ALL
        SELECT {AdoptionScope.PeriodOf("period")}, {columns} FROM {table}
        WHERE tenant_id = @Tenant AND grain = 'day' AND scope_code = coalesce(@Unit, '') AND period >= @Whole AND period < @To
        """;
}
