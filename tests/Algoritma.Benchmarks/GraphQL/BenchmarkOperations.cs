namespace Algoritma.Benchmarks.GraphQL;

/// <summary>The two documents measured: what a citizen portal and the programme dashboard send.</summary>
public static class BenchmarkOperations
{
    /// <summary>Rawa Makmur, a kelurahan of Palaran, Kota Samarinda.</summary>
    public const string Kelurahan = "64.72.01.1001";

    /// <summary>A kelurahan's offered services with their standards and requirements; anonymous, on the tenant route.</summary>
    public const string KelurahanCatalog = """
        query KelurahanCatalog($unit: String!) {
          services(unit: $unit, first: 20) {
            totalCount
            nodes {
              code
              name
              channels
              standard {
                version
                requirements { code name required }
                procedure
                completionUnit
                completionAmount
                fee
                product
                complaintChannel
              }
            }
          }
        }
        """;

    public const string KelurahanCatalogVariables = $$"""{ "unit": "{{Kelurahan}}" }""";

    /// <summary>The city's adoption by week over twelve months (52 points): counts and KPIs, as a program manager.</summary>
    public const string CityAdoptionByWeek = """
        query CityAdoptionByWeek($from: Date!, $to: Date!) {
          adoption(from: $from, to: $to, granularity: WEEK) {
            periodStart
            started
            completed
            digitalCompleted
            rejected
            completedWithinSla
            digitalTakeUp
            completionRate
            slaCompliance
          }
        }
        """;

    /// <summary>52 ISO weeks, Monday 2025-11-24 to Monday 2026-11-23, inside the simulated year.</summary>
    public const string CityAdoptionByWeekVariables = """{ "from": "2025-11-24", "to": "2026-11-23" }""";
}
