using NodaTime;

namespace Algoritma.Simulation.Accounts;

/// <summary>Valid-looking NIKs for simulated residents: <c>PPKKCC DDMMYY SSSS</c>, day + 40 for women, kecamatan of the unit.</summary>
public static class SimulatedNik
{
    /// <summary>A NIK for a resident of kecamatan <paramref name="districtCode"/> (<c>64.72.01</c>), adult on <paramref name="asOf"/>.</summary>
    public static string Create(string districtCode, Random random, LocalDate asOf, int serial)
    {
        var parts = districtCode.Split('.');
        if (parts.Length < 3 || parts.Take(3).Any(p => p.Length != 2 || !p.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException($"'{districtCode}' is not a kecamatan code like 64.72.01.", nameof(districtCode));
        }

        // adults of 18 to 75 years
        var birth = asOf.PlusYears(-18).PlusDays(-random.Next(0, 57 * 365));
        var female = random.Next(2) == 1;
        var day = birth.Day + (female ? 40 : 0);
        var s = ((serial - 1) % 9999 + 9999) % 9999 + 1;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{parts[0]}{parts[1]}{parts[2]}{day:D2}{birth.Month:D2}{birth.Year % 100:D2}{s:D4}");
    }
}
