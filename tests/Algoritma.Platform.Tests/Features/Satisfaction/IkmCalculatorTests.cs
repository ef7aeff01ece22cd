using Algoritma.Platform.Features.Satisfaction;

namespace Algoritma.Platform.Tests.Features.Satisfaction;

public sealed class IkmCalculatorTests
{
    private static IkmSums Answers(params int[][] responses) => responses.Aggregate(IkmSums.Empty, (sums, scores) => sums.Add(scores));

    [Fact]
    public void All_fours_is_100_exactly_and_99_90_with_the_regulation_weight()
    {
        var sums = Answers([4, 4, 4, 4, 4, 4, 4, 4, 4]);

        // exact: mean NRR 4 × 25 = 100; rounded weight: 9 × (4 × 0.111) = 3.996 × 25 = 99.90
        Assert.Equal(100.00m, IkmCalculator.Compute(sums, IkmRounding.None)!.Value);
        Assert.Equal(99.90m, IkmCalculator.Compute(sums, IkmRounding.ThreeDecimals)!.Value);
        Assert.Equal('A', IkmCalculator.Compute(sums, IkmRounding.None)!.Grade);
    }

    [Fact]
    public void All_threes_is_75_grade_c()
    {
        var result = IkmCalculator.Compute(Answers([3, 3, 3, 3, 3, 3, 3, 3, 3]), IkmRounding.None)!;

        Assert.Equal(75.00m, result.Value);
        Assert.Equal('C', result.Grade);
        Assert.Equal("Kurang Baik", result.Performance);
    }

    [Fact]
    public void A_mixed_sample_matches_the_hand_computation()
    {
        // 3 responses. Element sums: U1 4+3+3=10 → NRR 3.333…; U2 3+3+2=8 → 2.666…; U3..U9 all 4+4+3=11 → 3.666…
        // exact: (3.3333 + 2.6667 + 7 × 3.6667) / 9 = (6 + 25.6667) / 9 = 31.6667 / 9 = 3.51852 × 25 = 87.96 → B
        // three decimals: (3.333 + 2.667 + 7 × 3.667) × 0.111 = (6.000 + 25.669) × 0.111 = 3.515259 × 25 = 87.88 → B
        var sums = Answers([4, 3, 4, 4, 4, 4, 4, 4, 4], [3, 3, 4, 4, 4, 4, 4, 4, 4], [3, 2, 3, 3, 3, 3, 3, 3, 3]);

        var exact = IkmCalculator.Compute(sums, IkmRounding.None)!;
        var rounded = IkmCalculator.Compute(sums, IkmRounding.ThreeDecimals)!;

        Assert.Equal(87.96m, exact.Value);
        Assert.Equal(87.88m, rounded.Value);
        Assert.Equal('B', exact.Grade);
        Assert.Equal(3.333m, exact.ElementNrr[0]);
        Assert.Equal(2.667m, exact.ElementNrr[1]);
        Assert.Equal(3, exact.Responses);
    }

    [Theory]
    [InlineData("100.00", 'A')]
    [InlineData("88.31", 'A')]
    [InlineData("88.30", 'B')]
    [InlineData("76.61", 'B')]
    [InlineData("76.60", 'C')]
    [InlineData("65.00", 'C')]
    [InlineData("64.99", 'D')]
    [InlineData("25.00", 'D')]
    public void Grades_follow_the_regulations_bands(string value, char grade) =>
        Assert.Equal(grade, IkmCalculator.Grade(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Grade);

    [Fact]
    public void No_answers_is_no_index() => Assert.Null(IkmCalculator.Compute(IkmSums.Empty, IkmRounding.None));

    [Theory]
    [InlineData("NONE", IkmRounding.None)]
    [InlineData("two_decimals", IkmRounding.TwoDecimals)]
    [InlineData("THREE_DECIMALS", IkmRounding.ThreeDecimals)]
    [InlineData(null, IkmRounding.TwoDecimals)]
    public void The_rounding_policy_is_a_tenant_setting(string? setting, IkmRounding expected) =>
        Assert.Equal(expected, IkmCalculator.ParseRounding(setting));
}
