using Algoritma.Simulation.Randomness;

namespace Algoritma.Simulation.Tests.Randomness;

public sealed class DistributionsTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(4.0)]
    [InlineData(45.0)]
    public void Poisson_draws_average_their_mean_and_vary_like_it(double lambda)
    {
        var random = new Random(5);
        var draws = Enumerable.Range(0, 20_000).Select(_ => Distributions.Poisson(random, lambda)).ToList();
        var mean = draws.Average();
        var variance = draws.Average(d => (d - mean) * (d - mean));

        Assert.All(draws, d => Assert.True(d >= 0));
        Assert.InRange(mean, lambda * 0.96, lambda * 1.04);
        Assert.InRange(variance, lambda * 0.9, lambda * 1.1);
    }

    [Fact]
    public void Poisson_of_no_demand_is_zero_without_drawing()
    {
        var random = new Random(5);

        Assert.Equal(0, Distributions.Poisson(random, 0));
        Assert.Equal(0, Distributions.Poisson(random, -1));
        Assert.Equal(new Random(5).NextDouble(), random.NextDouble());
    }

    [Fact]
    public void Normal_draws_have_mean_zero_and_unit_spread()
    {
        var random = new Random(9);
        var draws = Enumerable.Range(0, 20_000).Select(_ => Distributions.Normal(random)).ToList();
        var mean = draws.Average();

        Assert.InRange(mean, -0.03, 0.03);
        Assert.InRange(Math.Sqrt(draws.Average(d => (d - mean) * (d - mean))), 0.97, 1.03);
        Assert.InRange(draws.Count(d => Math.Abs(d) < 1) / 20_000.0, 0.66, 0.70);
    }

    [Fact]
    public void The_same_seed_draws_the_same_sequence()
    {
        var (a, b) = (new Random(42), new Random(42));

        Assert.Equal(
            Enumerable.Range(0, 100).Select(_ => (Distributions.Poisson(a, 2.5), Distributions.Normal(a))),
            Enumerable.Range(0, 100).Select(_ => (Distributions.Poisson(b, 2.5), Distributions.Normal(b))));
    }
}
