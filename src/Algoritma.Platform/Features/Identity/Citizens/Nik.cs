using Algoritma.Platform.Features.Regions.Reference;

namespace Algoritma.Platform.Features.Identity.Citizens;

public enum NikSex
{
    Male,
    Female,
}

/// <summary>The outcome of checking a NIK: refused with a code, or valid with its parts and any warnings.</summary>
public sealed record NikValidation(
    bool IsValid, string? Normalized, string? ErrorCode, string? ErrorMessage, IReadOnlyList<string> Warnings,
    string? DistrictCode, DateOnly? BirthDate, NikSex? Sex, int? Serial)
{
    internal static NikValidation Refused(string code, string message) => new(false, null, code, message, [], null, null, null, null);
}

/// <summary>
/// Nomor Induk Kependudukan: 16 digits <c>PPKKCC DDMMYY SSSS</c> — province, regency, district; birth day
/// (+40 for women), month, two-digit year; serial.
/// </summary>
public static class Nik
{
    public const string UnknownDistrictWarning = "NIK_UNKNOWN_DISTRICT";
    private const int OldestAgeInYears = 130;

    public static NikValidation Validate(string? input, DateOnly today)
    {
        var nik = input?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        if (nik.Length == 0)
        {
            return NikValidation.Refused("NIK_REQUIRED", "NIK wajib diisi. (A NIK is required.)");
        }

        if (nik.Length != 16 || !nik.All(char.IsAsciiDigit))
        {
            return NikValidation.Refused("NIK_NOT_16_DIGITS", "NIK harus 16 angka. (A NIK is 16 digits.)");
        }

        if (nik[..2] == "00" || nik[2..4] == "00" || nik[4..6] == "00")
        {
            return NikValidation.Refused("NIK_INVALID_REGION", "Kode wilayah pada NIK tidak sah. (The NIK's region code is invalid.)");
        }

        var day = int.Parse(nik[6..8]);
        var sex = day > 40 ? NikSex.Female : NikSex.Male;
        var birthDate = BirthDate(day > 40 ? day - 40 : day, int.Parse(nik[8..10]), int.Parse(nik[10..12]), today);
        if (birthDate is null)
        {
            return NikValidation.Refused("NIK_INVALID_DATE", "Tanggal lahir pada NIK tidak sah. (The NIK's birth date is invalid.)");
        }

        var serial = int.Parse(nik[12..]);
        if (serial == 0)
        {
            return NikValidation.Refused("NIK_INVALID_SERIAL", "Nomor urut NIK tidak boleh 0000. (The NIK's serial cannot be 0000.)");
        }

        var district = $"{nik[..2]}.{nik[2..4]}.{nik[4..6]}";
        IReadOnlyList<string> warnings = OfficialRegionsCatalog.Shared.ContainsDistrict(district) ? [] : [UnknownDistrictWarning];
        return new NikValidation(true, nik, null, null, warnings, district, birthDate, sex, serial);
    }

    /// <summary>First four and last two digits: enough to recognise, too little to misuse.</summary>
    public static string Mask(string nik) => nik.Length == 16 ? $"{nik[..4]}{new string('*', 10)}{nik[14..]}" : new string('*', nik.Length);

    /// <summary>The two-digit year is 20YY unless that lies after today; then 19YY.</summary>
    private static DateOnly? BirthDate(int day, int month, int twoDigitYear, DateOnly today)
    {
        var year = 2000 + twoDigitYear > today.Year ? 1900 + twoDigitYear : 2000 + twoDigitYear;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (date > today)
        {
            date = date.AddYears(-100);
        }

        return date.Year < today.Year - OldestAgeInYears ? null : date;
    }
}
