using System.Collections.Concurrent;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>The scopes a unit's figures count in: the city (''), its kecamatan (the first three code segments) and itself.</summary>
internal static class AdoptionScopes
{
    // a city has a few hundred units, and the projection asks for each of its rows' scopes
    private static readonly ConcurrentDictionary<string, string[]> Known = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string unitCode) => Known.GetOrAdd(unitCode, static unit =>
    {
        var kecamatan = string.Join('.', unit.Split('.').Take(3));
        return kecamatan == unit ? ["", unit] : ["", kecamatan, unit];
    });

    /// <summary>The same scopes in SQL, for a unit-code column: one row per scope, as <c>s.scope_code</c>.</summary>
    public static string Sql(string unit) => $"""
        CROSS JOIN LATERAL (SELECT array_to_string((string_to_array({unit}, '.'))[1:3], '.') AS code) unit_kecamatan
        CROSS JOIN LATERAL unnest(CASE WHEN unit_kecamatan.code = {unit} THEN ARRAY['', {unit}] ELSE ARRAY['', unit_kecamatan.code, {unit}] END) s(scope_code)
        """;
}
