using Weasel.Postgresql.Tables;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// Citizens pre-aggregated per period (grain 'week' or 'month', as date_trunc names them) and scope (the city '', a
/// kecamatan, a kelurahan), so that active, new, lifecycle and retention figures read a few counter rows per period
/// instead of counting distinct citizens over their days. The projection keeps them from each citizen's history
/// (<see cref="CitizenCounters"/>, <see cref="CitizensBatch"/>).
/// </summary>
internal static class PeriodCitizensTables
{
    /// <summary>
    /// Per period and scope: active and active digital citizens; with_previous (also active the period before, in the
    /// same scope: lifecycle's returning); new_active (active, and their first use anywhere fell in the period:
    /// lifecycle's new); new_citizens and new_digital (first use, or first digital use, in the period at a unit of the scope).
    /// Keyed by scope before period: a series reads one index range.
    /// </summary>
    public static readonly Table PeriodCounts = AdoptionTables.Define(
        "adoption_period_counts", ["grain text", "scope_code text", "period date"], table =>
            AdoptionTables.Counters(table, "active", "active_digital", "with_previous", "new_active", "new_citizens", "new_digital"));

    /// <summary>Citizens of a first-use month cohort whose first unit is in the scope, active (anywhere) in that or a later month.</summary>
    public static readonly Table RetentionCounts = AdoptionTables.Define(
        "adoption_retention_counts", ["scope_code text", "cohort date", "active_month date"], table => AdoptionTables.Counters(table, "active"));

    public static readonly IReadOnlyList<Table> All = [PeriodCounts, RetentionCounts];
}
