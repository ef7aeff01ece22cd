using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// The daily-usage projection per unit and channel (services summed), for the current tenant, one row per segment
/// between the cuts, on the segment's first day (<see cref="UnitUsageTerms"/>).
/// </summary>
public sealed class UnitDayUsageReader(AdoptionDatabase database, CurrentTenant current) : IUnitDayUsageSource
{
    public async Task<IReadOnlyList<UnitDayUsage>> UnitDaysAsync(
        LocalDate from, LocalDate toExclusive, IReadOnlyCollection<LocalDate> cuts, CancellationToken cancellationToken)
    {
        if (toExclusive <= from)
        {
            return [];
        }

        var tenant = current.Required.Id;
        var terms = UnitUsageTerms.Plan(from, toExclusive, cuts);
        await using var connection = await database.OpenConnectionAsync(tenant, cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("Tenant", tenant);
        terms.AddParameters(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<UnitDayUsage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var channel = Enum.Parse<Channel>(reader.GetString(2), ignoreCase: true);
            var isDigital = AdoptionMetrics.IsDigital(channel);
            var (started, completed) = (reader.GetInt64(3), reader.GetInt64(4));
            rows.Add(new UnitDayUsage(reader.GetString(0), LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(1)), channel,
                new UsageCounts(started, completed, isDigital ? completed : 0, reader.GetInt64(5), reader.GetInt64(6), isDigital ? started : 0)));
        }

        return rows;
    }

    private const string Sql = $"""
        SELECT unit_code, segment, channel, sum(started)::bigint, sum(completed)::bigint, sum(rejected)::bigint, sum(completed_within_sla)::bigint
        FROM ({UnitUsageTerms.Rows}) usage
        GROUP BY unit_code, segment, channel
        {UnitUsageTerms.HasUsage}
        """;
}
