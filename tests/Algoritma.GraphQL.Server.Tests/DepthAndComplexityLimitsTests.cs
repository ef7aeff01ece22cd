using Algoritma.GraphQL.Server.Limits;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class DepthAndComplexityLimitsTests
{
    private readonly GraphQLServerOptions _options = new() { MaxDepth = 5, MaxComplexity = 100 };

    [Fact]
    public void Accepts_a_query_exactly_at_both_limits() => Assert.Null(DepthAndComplexityLimits.Check(5, 100, _options));

    [Fact]
    public void Refuses_one_level_too_deep_with_its_own_code()
    {
        var error = DepthAndComplexityLimits.Check(6, 1, _options);

        Assert.Equal("MAX_DEPTH_EXCEEDED", error?.Code);
        Assert.Contains("at most 5", error?.Message);
    }

    [Fact]
    public void Refuses_too_complex_with_its_own_code()
    {
        var error = DepthAndComplexityLimits.Check(2, 101, _options);

        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", error?.Code);
        Assert.Contains("at most 100", error?.Message);
    }
}
