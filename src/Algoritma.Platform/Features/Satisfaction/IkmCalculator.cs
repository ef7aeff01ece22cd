namespace Algoritma.Platform.Features.Satisfaction;

/// <summary>
/// Running per-element score sums and the response count — the state a projection stores so the
/// IKM can be recomputed at any time without re-reading individual responses.
/// <see cref="ElementSums"/> has nine entries in U1..U9 order.
/// </summary>
public sealed record IkmSums(IReadOnlyList<long> ElementSums, long Responses)
{
    /// <summary>No responses yet: nine zero sums, zero responses.</summary>
    public static IkmSums Empty { get; } = new(new long[IkmAnswers.ElementCount], 0);

    /// <summary>
    /// Returns new sums including <paramref name="answers"/>; this instance is not modified.
    /// Throws <see cref="ArgumentException"/> (message starts with the error code) when the answers are invalid.
    /// </summary>
    public IkmSums Add(IkmAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var validation = answers.Validate();
        if (!validation.IsValid)
        {
            throw new ArgumentException($"{validation.ErrorCode}: {validation.ErrorMessage}", nameof(answers));
        }

        IkmCalculator.EnsureShape(this);
        var sums = new long[IkmAnswers.ElementCount];
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] = ElementSums[i] + answers.Scores[i];
        }

        return new IkmSums(sums, Responses + 1);
    }
}

/// <summary>
/// Computed index. <see cref="Value"/> is the converted IKM (25.00–100.00 under every rounding policy, 2 decimals),
/// <see cref="Grade"/> the mutu pelayanan letter (A–D), <see cref="Performance"/> the kinerja unit
/// label (Sangat Baik / Baik / Kurang Baik / Tidak Baik). <see cref="ElementNrr"/> holds the nine
/// NRRs as used by the policy: unrounded for <see cref="IkmRounding.None"/>, rounded to 2 or 3
/// decimals for the rounded policies.
/// </summary>
public sealed record IkmResult(decimal Value, char Grade, string Performance, IReadOnlyList<decimal> ElementNrr, long Responses);

/// <summary>
/// IKM calculation per PermenPANRB 14/2017 (pure, decimal arithmetic throughout).
/// </summary>
public static class IkmCalculator
{
    /// <summary>Conversion factor from the 1–4 scale to the 25–100 scale.</summary>
    public const decimal ConversionFactor = 25m;

    public const decimal GradeAMin = 88.31m;
    public const decimal GradeBMin = 76.61m;
    public const decimal GradeCMin = 65.00m;

    /// <summary>
    /// Computes the IKM from accumulated sums.
    /// <para>
    /// NRR (nilai rata-rata) per element = element sum / responses.
    /// </para>
    /// <para>
    /// <see cref="IkmRounding.None"/> (exact): IKM = mean of the nine NRRs × 25, i.e. every element weighs
    /// exactly 1/9 and nothing is rounded until the end. Because all elements share the same response count
    /// this is evaluated as a single division, 25 × Σsums / (9 × responses), so the only rounding is the
    /// final one to 2 decimals (<see cref="MidpointRounding.AwayFromZero"/>).
    /// </para>
    /// <para>
    /// <see cref="IkmRounding.TwoDecimals"/> / <see cref="IkmRounding.ThreeDecimals"/>: each NRR is first
    /// rounded (away from zero) to 2 / 3 decimals, as in the regulation's worked examples; the NRR tertimbang
    /// is the rounded NRRs weighted by the regulation's weight 1/9 (Σ NRR / 9), then × 25 and rounded to 2
    /// decimals.
    /// </para>
    /// <para>
    /// The weight is exactly 1/9, not its printed approximation 0.111: PermenPANRB 14/2017 defines the weight as
    /// 1/(number of elements), and its conversion table spans 25.00–100.00, which 0.111 (9 × 0.111 = 0.999)
    /// cannot reach (all 1s would give 24.98, all 4s 99.90). A rounded NRR stays within 1–4, so every policy
    /// yields 25.00–100.00. Rounding each NRR shifts the result by at most ±0.005 (2 decimals) or ±0.0005
    /// (3 decimals) × 25 points compared with <see cref="IkmRounding.None"/>.
    /// </para>
    /// Throws <see cref="ArgumentException"/> when there are no responses (an IKM over zero responses is
    /// undefined; callers should check <c>Responses &gt; 0</c> and show "no data" instead) or when the sums
    /// are malformed (not nine entries, negative values).
    /// </summary>
    public static IkmResult Compute(IkmSums sums, IkmRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(sums);
        EnsureShape(sums);
        if (sums.Responses <= 0)
        {
            throw new ArgumentException("IKM cannot be computed without responses.", nameof(sums));
        }

        decimal responses = sums.Responses;
        var nrr = new decimal[IkmAnswers.ElementCount];
        decimal converted;

        switch (rounding)
        {
            case IkmRounding.None:
                {
                    decimal total = 0;
                    for (var i = 0; i < nrr.Length; i++)
                    {
                        nrr[i] = sums.ElementSums[i] / responses;
                        total += sums.ElementSums[i];
                    }

                    converted = ConversionFactor * total / (IkmAnswers.ElementCount * responses);
                    break;
                }

            case IkmRounding.TwoDecimals:
            case IkmRounding.ThreeDecimals:
                {
                    var decimals = rounding == IkmRounding.TwoDecimals ? 2 : 3;
                    decimal roundedTotal = 0;
                    for (var i = 0; i < nrr.Length; i++)
                    {
                        nrr[i] = Math.Round(sums.ElementSums[i] / responses, decimals, MidpointRounding.AwayFromZero);
                        roundedTotal += nrr[i];
                    }

                    converted = ConversionFactor * roundedTotal / IkmAnswers.ElementCount;
                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown IKM rounding policy.");
        }

        var value = RoundValue(converted);
        return new IkmResult(value, Grade(value), Performance(value), nrr, sums.Responses);
    }

    /// <summary>
    /// Mutu pelayanan for a converted IKM value. The value is first rounded to 2 decimals
    /// (away from zero), then: A 88.31–100.00, B 76.61–88.30, C 65.00–76.60, D below 65.00
    /// (25.00–64.99).
    /// Throws <see cref="ArgumentOutOfRangeException"/> for values below 0 or above 100.
    /// </summary>
    public static char Grade(decimal value)
    {
        var v = CheckedRound(value);
        return v >= GradeAMin ? 'A' : v >= GradeBMin ? 'B' : v >= GradeCMin ? 'C' : 'D';
    }

    /// <summary>
    /// Kinerja unit pelayanan label matching <see cref="Grade"/>:
    /// A "Sangat Baik", B "Baik", C "Kurang Baik", D "Tidak Baik".
    /// </summary>
    public static string Performance(decimal value) =>
        Grade(value) switch
        {
            'A' => "Sangat Baik",
            'B' => "Baik",
            'C' => "Kurang Baik",
            _ => "Tidak Baik",
        };

    private static decimal RoundValue(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal CheckedRound(decimal value)
    {
        if (value is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "IKM value must be between 0 and 100.");
        }

        return RoundValue(value);
    }

    internal static void EnsureShape(IkmSums sums)
    {
        if (sums.ElementSums is null || sums.ElementSums.Count != IkmAnswers.ElementCount)
        {
            throw new ArgumentException($"IKM sums must have exactly {IkmAnswers.ElementCount} element sums.", nameof(sums));
        }

        if (sums.Responses < 0 || sums.ElementSums.Any(s => s < 0))
        {
            throw new ArgumentException("IKM sums and response count must not be negative.", nameof(sums));
        }
    }
}
