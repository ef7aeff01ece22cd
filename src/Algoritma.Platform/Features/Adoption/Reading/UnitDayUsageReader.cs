using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Dapper;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// The daily-usage projection per unit, day and channel (services summed), for the current tenant; a whole month that no
/// cut splits comes as one row on its first day (<see cref="UnitMonthUsage"/>).
/// </summary>
public sealed class UnitDayUsageReader(AdoptionDatabase database, CurrentTenant current) : IUnitDayUsageSource
{
    public async Task<IReadOnlyList<UnitDayUsage>> UnitDaysAsync(
        LocalDate from, LocalDate toExclusive, IReadOnlyCollection<LocalDate> cuts, CancellationToken cancellationToken)
    {
        var scope = new AdoptionScope(current.Required.Id, null, from, toExclusive, Granularity.Day);
        await using var connection = await database.OpenConnectionAsync(scope.TenantId, cancellationToken);
        var months = UnitMonthUsage.WholeMonths(from, toExclusive, cuts);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, UnitMonthUsage.Parameters(scope.Parameters, from, toExclusive, months), cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToUsage())];
    }

    private const string Sql = $"""
        SELECT unit_code AS unitcode, day, channel, sum(started)::bigint AS started, sum(completed)::bigint AS completed,
               sum(rejected)::bigint AS rejected, sum(completed_within_sla)::bigint AS completedwithinsla
        FROM ({UnitMonthUsage.Rows}) usage
        GROUP BY unit_code, day, channel
        """;

    private sealed record Row(string UnitCode, DateOnly Day, string Channel, long Started, long Completed, long Rejected, long CompletedWithinSla)
    {
        public UnitDayUsage ToUsage()
        {
            var channel = Enum.Parse<Channel>(Channel, ignoreCase: true);
            var isDigital = AdoptionMetrics.IsDigital(channel);
            return new UnitDayUsage(UnitCode, AdoptionScope.Day(Day), channel,
                new UsageCounts(Started, Completed, isDigital ? Completed : 0, Rejected, CompletedWithinSla, isDigital ? Started : 0));
        }
    }
}
