using Algoritma.Simulation.Arrivals;

namespace Algoritma.Simulation.Tests.Arrivals;

public sealed class DigitalShareCurveTests
{
    [Fact]
    public void Before_joining_the_share_stays_near_the_baseline_even_on_priority_days()
    {
        Assert.InRange(DigitalShareCurve.Share(0.17, 0.6, 0, null, false), 0.169, 0.171);
        Assert.InRange(DigitalShareCurve.Share(0.17, 0.6, 300, null, true), 0.17, 0.20);
        Assert.InRange(DigitalShareCurve.Share(0.17, 0.6, 300, -5, true), 0.17, 0.20);
    }

    [Fact]
    public void After_joining_the_share_ramps_up_towards_the_plateau_over_weeks()
    {
        var atJoin = DigitalShareCurve.Share(0.17, 0.6, 100, 0, false);
        var twoWeeks = DigitalShareCurve.Share(0.17, 0.6, 114, 14, false);
        var sixWeeks = DigitalShareCurve.Share(0.17, 0.6, 142, 42, false);
        var halfYear = DigitalShareCurve.Share(0.17, 0.6, 280, 180, false);

        Assert.InRange(atJoin, 0.17, 0.19);
        Assert.True(atJoin < twoWeeks && twoWeeks < sixWeeks && sixWeeks < halfYear);
        Assert.InRange(twoWeeks, 0.25, 0.45);
        Assert.InRange(halfYear, 0.58, 0.61);
    }

    [Fact]
    public void Priority_days_add_a_few_points_once_joined()
    {
        var normal = DigitalShareCurve.Share(0.17, 0.6, 200, 60, false);
        var priority = DigitalShareCurve.Share(0.17, 0.6, 200, 60, true);

        Assert.InRange(priority - normal, 0.02, 0.06);
    }
}
