using Algoritma.Platform.Features.Shared;

namespace Algoritma.Platform.Tests.Architecture;

/// <summary>The feature folders form layers (docs/code-shape.md): no two features depend on each other, even through a third.</summary>
public sealed class FeatureLayeringTests
{
    private static readonly FeatureDependencies Platform = FeatureDependencies.Of(typeof(Roles).Assembly);

    [Fact]
    public void No_feature_depends_on_itself_through_others()
    {
        var cycles = Platform.Cycles();

        Assert.True(cycles.Count == 0, "Feature folders that depend on each other (move the shared type lower):\n"
            + string.Join("\n", cycles.Select(c => string.Join(" → ", c) + "\n" + Platform.Explain(c))));
    }

    [Fact]
    public void Shared_uses_no_feature()
    {
        Assert.Empty(Platform.Uses["Shared"].Select(u => $"{u.Key}: {u.Value}"));
    }

    [Theory]
    [InlineData("Requests", "Catalog")] // a service's standard, in signatures
    [InlineData("Campaigns", "Adoption")] // a campaign's progress reads unit-day usage
    [InlineData("Onboarding", "Identity")] // onboarding applies identity configuration
    public void The_scan_sees_the_dependencies_that_are_there(string feature, string on)
    {
        Assert.True(Platform.Depends(feature, on), $"{feature} → {on} not seen; the scan misses references.");
    }

    [Fact]
    public void The_scan_finds_a_cycle_made_inside_a_method_body()
    {
        var withCycle = FeatureDependencies.Of(typeof(FeatureLayeringTests).Assembly);

        Assert.Contains(withCycle.Cycles(), c => c.Contains("CycleA") && c.Contains("CycleB"));
    }
}
