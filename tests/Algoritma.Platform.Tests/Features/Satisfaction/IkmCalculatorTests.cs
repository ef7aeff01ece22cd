using Algoritma.Platform.Features.Satisfaction;
using Algoritma.Platform.Features.Shared;

namespace Algoritma.Platform.Tests.Features.Satisfaction;

public class IkmCalculatorTests
{
    private static IkmSums Accumulate(params int[][] responses)
    {
        var sums = IkmSums.Empty;
        foreach (var r in responses)
        {
            sums = sums.Add(new IkmAnswers(r));
        }

        return sums;
    }

    private static int[] Same(int score) => Enumerable.Repeat(score, 9).ToArray();

    [Fact]
    public void All_fours_exact_is_100_grade_A()
    {
        // NRR = 4 for all nine; mean = 4; 4 × 25 = 100.00 → A (≥ 88.31), Sangat Baik.
        var result = IkmCalculator.Compute(Accumulate(Same(4), Same(4)), IkmRounding.None);

        Assert.Equal(100.00m, result.Value);
        Assert.Equal('A', result.Grade);
        Assert.Equal("Sangat Baik", result.Performance);
        Assert.Equal(2, result.Responses);
        Assert.All(result.ElementNrr, n => Assert.Equal(4m, n));
    }

    [Theory]
    [InlineData(IkmRounding.None)]
    [InlineData(IkmRounding.TwoDecimals)]
    [InlineData(IkmRounding.ThreeDecimals)]
    public void All_fours_is_100_under_every_rounding_policy(IkmRounding rounding)
    {
        // Weight 1/9 (PermenPANRB 14/2017), not 0.111: Σ 9 × 4 / 9 = 4; × 25 = 100.00 → A (was 99.90 with 0.111).
        var result = IkmCalculator.Compute(Accumulate(Same(4), Same(4)), rounding);

        Assert.Equal(100.00m, result.Value);
        Assert.Equal('A', result.Grade);
    }

    [Theory]
    [InlineData(IkmRounding.None)]
    [InlineData(IkmRounding.TwoDecimals)]
    [InlineData(IkmRounding.ThreeDecimals)]
    public void All_ones_is_25_under_every_rounding_policy(IkmRounding rounding)
    {
        // Σ 9 × 1 / 9 = 1; × 25 = 25.00, the floor of the regulation's conversion table (was 24.98 with 0.111).
        var result = IkmCalculator.Compute(Accumulate(Same(1), Same(1), Same(1)), rounding);

        Assert.Equal(25.00m, result.Value);
        Assert.Equal('D', result.Grade);
        Assert.Equal("Tidak Baik", result.Performance);
    }

    [Theory]
    [InlineData(IkmRounding.None)]
    [InlineData(IkmRounding.TwoDecimals)]
    [InlineData(IkmRounding.ThreeDecimals)]
    public void Every_mix_of_answers_stays_within_25_and_100(IkmRounding rounding)
    {
        var random = new Random(19);
        for (var sample = 0; sample < 500; sample++)
        {
            var responses = Enumerable.Range(0, random.Next(1, 8))
                .Select(_ => Enumerable.Range(0, 9).Select(_ => random.Next(1, 5)).ToArray()).ToArray();

            var value = IkmCalculator.Compute(Accumulate(responses), rounding).Value;

            Assert.InRange(value, 25.00m, 100.00m);
        }
    }

    [Fact]
    public void All_threes_exact_is_75_grade_C()
    {
        // NRR = 3; mean 3 × 25 = 75.00 → C (65.00–76.60), Kurang Baik.
        var result = IkmCalculator.Compute(Accumulate(Same(3), Same(3), Same(3)), IkmRounding.None);

        Assert.Equal(75.00m, result.Value);
        Assert.Equal('C', result.Grade);
        Assert.Equal("Kurang Baik", result.Performance);
    }

    [Fact]
    public void All_threes_with_three_decimals_is_75()
    {
        // Σ 9 × 3.000 / 9 = 3; × 25 = 75.00 → C (was 74.93 with 0.111).
        var result = IkmCalculator.Compute(Accumulate(Same(3)), IkmRounding.ThreeDecimals);

        Assert.Equal(75.00m, result.Value);
        Assert.Equal('C', result.Grade);
    }

    // Four responses, U1..U9:
    //   R1: 4 4 3 4 3 3 4 2 3
    //   R2: 3 4 3 4 3 4 4 3 3
    //   R3: 4 3 2 4 3 3 4 3 4
    //   R4: 3 3 3 4 2 3 4 2 3
    // Sums: U1 14, U2 14, U3 11, U4 16, U5 11, U6 13, U7 16, U8 10, U9 13 (total 118)
    // NRR (÷4): 3.50 3.50 2.75 4.00 2.75 3.25 4.00 2.50 3.25 — all exact at 2 decimals, Σ = 29.50
    private static readonly int[][] MixedSample =
    [
        [4, 4, 3, 4, 3, 3, 4, 2, 3],
        [3, 4, 3, 4, 3, 4, 4, 3, 3],
        [4, 3, 2, 4, 3, 3, 4, 3, 4],
        [3, 3, 3, 4, 2, 3, 4, 2, 3],
    ];

    [Fact]
    public void Mixed_sample_sums_and_nrr()
    {
        var sums = Accumulate(MixedSample);

        Assert.Equal(4, sums.Responses);
        Assert.Equal([14L, 14, 11, 16, 11, 13, 16, 10, 13], sums.ElementSums);

        var result = IkmCalculator.Compute(sums, IkmRounding.None);
        Assert.Equal([3.5m, 3.5m, 2.75m, 4m, 2.75m, 3.25m, 4m, 2.5m, 3.25m], result.ElementNrr);
    }

    [Fact]
    public void Mixed_sample_exact_is_81_94_grade_B()
    {
        // 25 × 118 / (9 × 4) = 2950 / 36 = 81.9444… → 81.94 → B (76.61–88.30), Baik.
        var result = IkmCalculator.Compute(Accumulate(MixedSample), IkmRounding.None);

        Assert.Equal(81.94m, result.Value);
        Assert.Equal('B', result.Grade);
        Assert.Equal("Baik", result.Performance);
    }

    [Theory]
    [InlineData(IkmRounding.TwoDecimals)]
    [InlineData(IkmRounding.ThreeDecimals)]
    public void Mixed_sample_rounded_equals_exact_when_nrrs_are_exact(IkmRounding rounding)
    {
        // NRRs already exact at 2 decimals, so the rounded policies agree with the exact one:
        // Σ NRR / 9 = 29.50 / 9 = 3.2777…; × 25 = 81.944… → 81.94 → B.
        var result = IkmCalculator.Compute(Accumulate(MixedSample), rounding);

        Assert.Equal(81.94m, result.Value);
        Assert.Equal('B', result.Grade);
    }

    [Fact]
    public void Rounding_policies_can_give_different_values_on_the_same_data()
    {
        // Three responses whose element sums are all 10 (4+3+3 per element) → NRR = 10/3 = 3.3333…
        //   None:          25 × 90 / (9 × 3) = 83.333… → 83.33
        //   TwoDecimals:   NRR 3.33;  9 × 3.33 / 9 = 3.33;   × 25 = 83.25
        //   ThreeDecimals: NRR 3.333; 9 × 3.333 / 9 = 3.333; × 25 = 83.325 → 83.33 (midpoint away from zero)
        var sums = Accumulate(Same(4), Same(3), Same(3));

        var none = IkmCalculator.Compute(sums, IkmRounding.None);
        var two = IkmCalculator.Compute(sums, IkmRounding.TwoDecimals);
        var three = IkmCalculator.Compute(sums, IkmRounding.ThreeDecimals);

        Assert.Equal(83.33m, none.Value);
        Assert.Equal(83.25m, two.Value);
        Assert.Equal(83.33m, three.Value);
        Assert.All(two.ElementNrr, n => Assert.Equal(3.33m, n));
        Assert.All(three.ElementNrr, n => Assert.Equal(3.333m, n));
        Assert.All([none, two, three], r => Assert.Equal('B', r.Grade));
    }

    [Theory]
    [InlineData("100.00", 'A', "Sangat Baik")]
    [InlineData("88.31", 'A', "Sangat Baik")]
    [InlineData("88.30", 'B', "Baik")]
    [InlineData("76.61", 'B', "Baik")]
    [InlineData("76.60", 'C', "Kurang Baik")]
    [InlineData("65.00", 'C', "Kurang Baik")]
    [InlineData("64.99", 'D', "Tidak Baik")]
    [InlineData("25.00", 'D', "Tidak Baik")]
    // Values are rounded to 2 decimals (away from zero) before grading.
    [InlineData("88.305", 'A', "Sangat Baik")]
    [InlineData("88.3049", 'B', "Baik")]
    [InlineData("64.995", 'C', "Kurang Baik")]
    public void Grade_boundaries(string value, char grade, string performance)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(grade, IkmCalculator.Grade(v));
        Assert.Equal(performance, IkmCalculator.Performance(v));
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void Grade_rejects_values_outside_0_to_100(string value)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentOutOfRangeException>(() => IkmCalculator.Grade(v));
    }

    [Fact]
    public void No_responses_throws()
    {
        Assert.Throws<ArgumentException>(() => IkmCalculator.Compute(IkmSums.Empty, IkmRounding.None));
    }

    [Fact]
    public void Malformed_sums_throw()
    {
        Assert.Throws<ArgumentException>(() => IkmCalculator.Compute(new IkmSums(new long[8], 1), IkmRounding.None));
        Assert.Throws<ArgumentException>(() => IkmCalculator.Compute(new IkmSums(new long[9], -1), IkmRounding.None));
    }

    [Fact]
    public void Add_does_not_mutate_and_rejects_invalid_answers()
    {
        var empty = IkmSums.Empty;
        var one = empty.Add(new IkmAnswers(Same(2)));

        Assert.Equal(0, empty.Responses);
        Assert.All(empty.ElementSums, s => Assert.Equal(0L, s));
        Assert.Equal(1, one.Responses);
        Assert.All(one.ElementSums, s => Assert.Equal(2L, s));

        var ex = Assert.Throws<ArgumentException>(() => one.Add(new IkmAnswers([1, 2, 3])));
        Assert.StartsWith(IkmAnswers.NineScoresRequired, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, one.Responses);
    }

    [Fact]
    public void Validate_accepts_nine_scores_in_range()
    {
        var v = IkmAnswers.Validate([1, 2, 3, 4, 1, 2, 3, 4, 4]);

        Assert.True(v.IsValid);
        Assert.Null(v.ErrorCode);
        Assert.Null(v.ElementIndex);
    }

    [Fact]
    public void Validate_rejects_eight_scores()
    {
        var v = IkmAnswers.Validate([4, 4, 4, 4, 4, 4, 4, 4]);

        Assert.False(v.IsValid);
        Assert.Equal("IKM_NINE_SCORES_REQUIRED", v.ErrorCode);
        Assert.NotNull(v.ErrorMessage);
        Assert.Null(v.ElementIndex);
    }

    [Fact]
    public void Validate_rejects_null()
    {
        Assert.Equal("IKM_NINE_SCORES_REQUIRED", IkmAnswers.Validate(null).ErrorCode);
    }

    [Fact]
    public void Validate_rejects_zero_and_reports_element()
    {
        var v = IkmAnswers.Validate([4, 4, 0, 4, 4, 4, 4, 4, 4]);

        Assert.False(v.IsValid);
        Assert.Equal("IKM_SCORE_OUT_OF_RANGE", v.ErrorCode);
        Assert.Equal(2, v.ElementIndex);
        Assert.Equal(IkmElement.CompletionTime, v.Element);
    }

    [Fact]
    public void Validate_rejects_five_and_reports_element()
    {
        var v = new IkmAnswers([4, 4, 4, 4, 4, 4, 4, 4, 5]).Validate();

        Assert.False(v.IsValid);
        Assert.Equal("IKM_SCORE_OUT_OF_RANGE", v.ErrorCode);
        Assert.Equal(8, v.ElementIndex);
        Assert.Equal(IkmElement.Facilities, v.Element);
    }

    [Theory]
    [InlineData("NONE", IkmRounding.None)]
    [InlineData("TWO_DECIMALS", IkmRounding.TwoDecimals)]
    [InlineData("THREE_DECIMALS", IkmRounding.ThreeDecimals)]
    [InlineData(" three_decimals ", IkmRounding.ThreeDecimals)]
    [InlineData("HALF_UP", IkmRounding.TwoDecimals)]
    [InlineData("", IkmRounding.TwoDecimals)]
    [InlineData(null, IkmRounding.TwoDecimals)]
    public void Rounding_setting_parses_with_two_decimals_default(string? setting, IkmRounding expected)
    {
        Assert.Equal(expected, IkmRoundingSetting.Parse(setting));
    }

    [Theory]
    [InlineData(IkmRounding.None)]
    [InlineData(IkmRounding.TwoDecimals)]
    [InlineData(IkmRounding.ThreeDecimals)]
    public void Rounding_setting_round_trips(IkmRounding rounding)
    {
        Assert.Equal(rounding, IkmRoundingSetting.Parse(IkmRoundingSetting.ToSettingString(rounding)));
    }

    [Fact]
    public void Element_numbering_matches_regulation()
    {
        Assert.Equal(1, (int)IkmElement.Requirements);
        Assert.Equal(9, (int)IkmElement.Facilities);
        Assert.Equal(9, Enum.GetValues<IkmElement>().Length);
    }
}
