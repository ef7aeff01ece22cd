namespace Algoritma.Platform.Features.Satisfaction;

/// <summary>How NRRs are rounded before weighting: a tenant setting, since it shifts results by up to ~0.11.</summary>
public enum IkmRounding
{
    /// <summary>Exact arithmetic: IKM = mean of the nine NRRs × 25 (weight exactly 1/9).</summary>
    None,

    /// <summary>Each NRR rounded to 2 decimals, weighted with the regulation's 0.111, × 25.</summary>
    TwoDecimals,

    /// <summary>Each NRR rounded to 3 decimals (the regulation's worked examples), weighted with 0.111, × 25.</summary>
    ThreeDecimals,
}

/// <summary>Running sums of IKM answers: what a projection stores, per element, plus the number of responses.</summary>
public sealed record IkmSums(IReadOnlyList<long> ElementSums, long Responses)
{
    public const int Elements = 9;

    public static readonly IkmSums Empty = new(new long[Elements], 0);

    public IkmSums Add(IReadOnlyList<int> scores) =>
        new([.. ElementSums.Zip(scores, (sum, score) => sum + score)], Responses + 1);
}

public sealed record IkmResult(decimal Value, char Grade, string Performance, IReadOnlyList<decimal> ElementNrr, long Responses);

/// <summary>Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): nine elements scored 1–4.</summary>
public static class IkmCalculator
{
    private const decimal RegulationWeight = 0.111m;

    public static IkmRounding ParseRounding(string? setting) => setting?.Trim().ToUpperInvariant() switch
    {
        "NONE" => IkmRounding.None,
        "THREE_DECIMALS" => IkmRounding.ThreeDecimals,
        _ => IkmRounding.TwoDecimals,
    };

    /// <summary>Null when nobody answered: an index of nothing is not zero.</summary>
    public static IkmResult? Compute(IkmSums sums, IkmRounding rounding)
    {
        if (sums.Responses == 0)
        {
            return null;
        }

        var nrr = sums.ElementSums.Select(sum => (decimal)sum / sums.Responses).ToList();
        var converted = rounding switch
        {
            IkmRounding.None => nrr.Sum() / IkmSums.Elements * 25m,
            IkmRounding.TwoDecimals => nrr.Sum(n => Math.Round(n, 2, MidpointRounding.AwayFromZero) * RegulationWeight) * 25m,
            _ => nrr.Sum(n => Math.Round(n, 3, MidpointRounding.AwayFromZero) * RegulationWeight) * 25m,
        };
        var value = Math.Round(converted, 2, MidpointRounding.AwayFromZero);
        var (grade, performance) = Grade(value);
        return new IkmResult(value, grade, performance, [.. nrr.Select(n => Math.Round(n, 3, MidpointRounding.AwayFromZero))], sums.Responses);
    }

    /// <summary>Mutu pelayanan from the converted value (the regulation's bands, 2 decimals).</summary>
    public static (char Grade, string Performance) Grade(decimal value) => value switch
    {
        >= 88.31m => ('A', "Sangat Baik"),
        >= 76.61m => ('B', "Baik"),
        >= 65.00m => ('C', "Kurang Baik"),
        _ => ('D', "Tidak Baik"),
    };
}
