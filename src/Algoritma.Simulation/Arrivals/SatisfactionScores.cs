using Algoritma.Simulation.Randomness;

namespace Algoritma.Simulation.Arrivals;

/// <summary>A citizen's nine survey answers (1–4): one quality for the visit, a little better digitally and once the unit joined, then noise per answer.</summary>
internal static class SatisfactionScores
{
    public static int[] Draw(Random random, bool digital, bool joined)
    {
        var quality = 3.05 + (digital ? 0.15 : 0) + (joined ? 0.1 : 0) + (Distributions.Normal(random) * 0.25);
        return [.. Enumerable.Range(0, 9).Select(_ => Math.Clamp((int)Math.Round(quality + (Distributions.Normal(random) * 0.55)), 1, 4))];
    }
}
