using Algoritma.Platform;

namespace Algoritma.Benchmarks.GraphQL;

/// <summary>
/// The two documents measured, what a citizen portal and the programme dashboard send: the same files the load
/// benchmark sends (bench/raw/queries), so both harnesses measure one catalog query and one dashboard query.
/// </summary>
public static class BenchmarkOperations
{
    /// <summary>Rawa Makmur, a kelurahan of Palaran, Kota Samarinda.</summary>
    public const string Kelurahan = "64.72.01.1001";

    /// <summary>A kelurahan's offered services with their requirements; anonymous, on the tenant route.</summary>
    public static string KelurahanCatalog { get; } = Query("catalog");

    public const string KelurahanCatalogVariables = $$"""{ "unit": "{{Kelurahan}}", "first": 20 }""";

    /// <summary>The city's adoption by week over twelve months (52 points): counts and KPIs, as a program manager.</summary>
    public static string CityAdoptionByWeek { get; } = Query("dashboard");

    /// <summary>52 ISO weeks, Monday 2025-11-24 to Monday 2026-11-23, inside the simulated year.</summary>
    public const string CityAdoptionByWeekVariables = """{ "from": "2025-11-24", "to": "2026-11-23" }""";

    private static string Query(string name) => File.ReadAllText(Path.Combine(Checkout.OfBinaries, "bench", "raw", "queries", $"{name}.graphql"));
}
