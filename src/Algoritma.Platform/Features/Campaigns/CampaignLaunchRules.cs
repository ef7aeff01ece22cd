
namespace Algoritma.Platform.Features.Campaigns;

/// <summary>What a launch must satisfy; every broken rule is reported, with its input field.</summary>
public static class CampaignLaunchRules
{
    public const string NameRequired = "NAME_REQUIRED";
    public const string InvalidTarget = "INVALID_TARGET";
    public const string InvalidPeriod = "INVALID_PERIOD";
    public const string UnitsRequired = "UNITS_REQUIRED";
    public const string WaveNameRequired = "WAVE_NAME_REQUIRED";
    public const string WaveUnitsRequired = "WAVE_UNITS_REQUIRED";
    public const string WaveUnitNotInCampaign = "WAVE_UNIT_NOT_IN_CAMPAIGN";
    public const string WaveOutsidePeriod = "WAVE_OUTSIDE_PERIOD";
    public const string WavesNotOrdered = "WAVES_NOT_ORDERED";
    public const string UnitInTwoWaves = "UNIT_IN_TWO_WAVES";

    public static List<CampaignError> Check(
        string name, decimal target, IReadOnlyList<string> units, DateOnly from, DateOnly to, IReadOnlyList<CampaignWave> waves)
    {
        var errors = new List<CampaignError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new(NameRequired, "name", "Give the campaign a name."));
        }

        if (TargetError(target, "target") is { } targetError)
        {
            errors.Add(targetError);
        }

        if (!DateBounds.Within(from) || !DateBounds.Within(to))
        {
            errors.Add(new(InvalidPeriod, "from",
                $"A campaign runs between {DateBounds.Earliest:yyyy-MM-dd} and {DateBounds.Latest:yyyy-MM-dd}."));
        }
        else if (from >= to)
        {
            errors.Add(new(InvalidPeriod, "to", "The campaign must end after it starts ('from' before 'to')."));
        }
        else if (to.DayNumber - from.DayNumber > DateBounds.MaxCampaignDays)
        {
            errors.Add(new(InvalidPeriod, "to", $"A campaign runs at most {DateBounds.MaxCampaignDays} days."));
        }

        if (units.Count == 0)
        {
            errors.Add(new(UnitsRequired, "units", "Name at least one kecamatan or kelurahan/desa."));
        }

        // A kecamatan listed beside some of its own villages names its office only (CampaignUnits): nothing counts twice.
        errors.AddRange(WaveErrors(units, from, to, waves));
        return errors;
    }

    public static CampaignError? TargetError(decimal target, string field) =>
        target is > 0 and <= 1 ? null : new CampaignError(InvalidTarget, field, "The target is a ratio above 0 and at most 1 (e.g. 0.60).");

    private static IEnumerable<CampaignError> WaveErrors(IReadOnlyList<string> units, DateOnly from, DateOnly to, IReadOnlyList<CampaignWave> waves)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < waves.Count; i++)
        {
            var wave = waves[i];
            if (string.IsNullOrWhiteSpace(wave.Name))
            {
                yield return new(WaveNameRequired, "waves", $"Wave {i + 1} has no name.");
            }

            if (wave.Units.Count == 0)
            {
                yield return new(WaveUnitsRequired, "waves", $"Wave '{wave.Name}' names no unit.");
            }

            if (wave.StartsOn < from || wave.StartsOn > to)
            {
                yield return new(WaveOutsidePeriod, "waves", $"Wave '{wave.Name}' starts outside the campaign period.");
            }

            if (i > 0 && wave.StartsOn <= waves[i - 1].StartsOn)
            {
                yield return new(WavesNotOrdered, "waves", $"Wave '{wave.Name}' must start after wave '{waves[i - 1].Name}'.");
            }

            foreach (var unit in wave.Units)
            {
                if (!units.Contains(unit))
                {
                    yield return new(WaveUnitNotInCampaign, "waves", $"Wave '{wave.Name}' names '{unit}', which is not a campaign unit.");
                }
                else if (!seen.Add(unit))
                {
                    yield return new(UnitInTwoWaves, "waves", $"'{unit}' is in more than one wave.");
                }
            }
        }
    }
}
