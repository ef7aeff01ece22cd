namespace Algoritma.Simulation.Arrivals;

/// <summary>
/// Share of a kelurahan's demand served digitally on a day: near its baseline before it joins the programme,
/// then rising towards its plateau over the following weeks, a few points higher on digital-priority days.
/// </summary>
public static class DigitalShareCurve
{
    /// <summary>Weeks for the ramp to cover about 63% of the way from baseline to plateau.</summary>
    public const double RampWeeks = 4.0;

    /// <summary>Extra share on digital-priority days, once the unit is in the programme.</summary>
    public const double PriorityDayBonus = 0.04;

    /// <summary>Slow drift before joining: a point or two over the year, from word of mouth.</summary>
    public const double BaselineDriftPerYear = 0.02;

    /// <param name="baseline">Share before joining, about 0.15–0.20.</param>
    /// <param name="plateau">Share the unit settles at after joining, about 0.55–0.65.</param>
    /// <param name="daysSinceStart">Days since the simulated period began.</param>
    /// <param name="daysSinceJoin">Days since the unit joined; null or negative when it has not joined yet.</param>
    /// <param name="priorityDay">Whether the day is a digital-priority day.</param>
    public static double Share(double baseline, double plateau, int daysSinceStart, int? daysSinceJoin, bool priorityDay)
    {
        var before = baseline + (BaselineDriftPerYear * Math.Max(0, daysSinceStart) / 365.0);
        if (daysSinceJoin is not { } joined || joined < 0)
        {
            return Math.Clamp(before, 0, 1);
        }

        var ramp = 1 - Math.Exp(-joined / (RampWeeks * 7));
        var share = before + ((plateau - before) * ramp) + (priorityDay ? PriorityDayBonus : 0);
        return Math.Clamp(share, 0, 0.95);
    }
}
