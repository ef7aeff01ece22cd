namespace Algoritma.Simulation.Randomness;

/// <summary>Draws from the distributions the simulation needs, each from the caller's own seeded source.</summary>
internal static class Distributions
{
    /// <summary>Poisson with mean <paramref name="lambda"/> (Knuth's product of uniforms; a rounded normal above 30).</summary>
    public static int Poisson(Random random, double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda > 30)
        {
            return Math.Max(0, (int)Math.Round(lambda + (Normal(random) * Math.Sqrt(lambda))));
        }

        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    /// <summary>Standard normal (Box–Muller; two uniforms per draw).</summary>
    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
