using System.Diagnostics.CodeAnalysis;
using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Features.Identity.Citizens;

/// <summary>Sex encoded in the day of birth of a NIK (women: day + 40).</summary>
public enum NikSex
{
    /// <summary>Only on refused NIKs; a valid NIK is always <see cref="Male"/> or <see cref="Female"/>.</summary>
    Unknown = 0,
    Male = 1,
    Female = 2,
}

/// <summary>Stable codes of <see cref="Nik.Validate"/> refusals and warnings.</summary>
public static class NikCodes
{
    public const string Required = "NIK_REQUIRED";
    public const string NotSixteenDigits = "NIK_NOT_16_DIGITS";
    public const string InvalidDate = "NIK_INVALID_DATE";
    public const string InvalidSerial = "NIK_INVALID_SERIAL";
    public const string InvalidRegion = "NIK_INVALID_REGION";

    /// <summary>
    /// Warning only: the regency or kecamatan is not in today's official list (it may have been split or renamed
    /// since the NIK was issued). A province that is not in the list is refused with <see cref="InvalidRegion"/>.
    /// </summary>
    public const string UnknownDistrict = "NIK_UNKNOWN_DISTRICT";
}

/// <summary>
/// Outcome of <see cref="Nik.Validate"/>. When <see cref="IsValid"/> is true, <see cref="Normalized"/>
/// and the parsed parts are set and <see cref="ErrorCode"/> is null; otherwise <see cref="ErrorCode"/>
/// and <see cref="ErrorMessage"/> are set and the parsed parts hold their defaults
/// (<see cref="DistrictCode"/> empty, <see cref="Sex"/> <see cref="NikSex.Unknown"/>).
/// </summary>
public sealed record NikValidation
{
    private NikValidation()
    {
    }

    [MemberNotNullWhen(true, nameof(Normalized))]
    [MemberNotNullWhen(false, nameof(ErrorCode), nameof(ErrorMessage))]
    public bool IsValid { get; private init; }

    /// <summary>The 16 digits of the NIK, without surrounding whitespace.</summary>
    public string? Normalized { get; private init; }

    public string? ErrorCode { get; private init; }

    public string? ErrorMessage { get; private init; }

    /// <summary>Warning codes (e.g. <see cref="NikCodes.UnknownDistrict"/>); never a reason to refuse.</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];

    /// <summary>Kemendagri kecamatan code in dotted form, e.g. <c>64.72.01</c>.</summary>
    public string DistrictCode { get; private init; } = "";

    public DateOnly BirthDate { get; private init; }

    public NikSex Sex { get; private init; }

    /// <summary>Registration serial, 1–9999.</summary>
    public int Serial { get; private init; }

    internal static NikValidation Valid(
        string normalized, string districtCode, DateOnly birthDate, NikSex sex, int serial, IReadOnlyList<string> warnings) =>
        new()
        {
            IsValid = true,
            Normalized = normalized,
            DistrictCode = districtCode,
            BirthDate = birthDate,
            Sex = sex,
            Serial = serial,
            Warnings = warnings,
        };

    internal static NikValidation Refused(string errorCode, string errorMessage) =>
        new() { IsValid = false, ErrorCode = errorCode, ErrorMessage = errorMessage };
}

/// <summary>
/// Nomor Induk Kependudukan: 16 digits <c>PPKKCC DDMMYY SSSS</c> — province, regency and kecamatan
/// codes, day of birth (+40 for women), month, two-digit year, serial.
/// </summary>
public static class Nik
{
    public const int Length = 16;

    /// <summary>Births further back than this many years before <c>today</c> are refused.</summary>
    public const int MaxAgeYears = 130;

    /// <summary>
    /// Validates and parses a NIK. Surrounding whitespace is trimmed; whitespace or any other
    /// non-digit inside the number is refused. The first two digits must be a province of the official
    /// reference (<see cref="NikCodes.InvalidRegion"/>); a regency or kecamatan missing from it is only a
    /// warning (<see cref="NikCodes.UnknownDistrict"/>), since codes change when regions split. The two-digit year is read as 20YY when that birth
    /// date is not after <paramref name="today"/>, otherwise as 19YY.
    /// </summary>
    public static NikValidation Validate(string? input, DateOnly today)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return NikValidation.Refused(NikCodes.Required, "NIK wajib diisi (NIK is required).");
        }

        if (text.Length != Length || !IsAsciiDigits(text))
        {
            return NikValidation.Refused(NikCodes.NotSixteenDigits, "NIK harus 16 digit angka (NIK must be 16 digits).");
        }

        var province = TwoDigits(text, 0);
        var regency = TwoDigits(text, 2);
        var district = TwoDigits(text, 4);
        if (province == 0 || regency == 0 || district == 0)
        {
            return NikValidation.Refused(NikCodes.InvalidRegion, "Kode wilayah pada NIK tidak valid (invalid region code in NIK).");
        }

        if (!OfficialRegionsCatalog.Shared.ContainsProvince(text[..2]))
        {
            return NikValidation.Refused(NikCodes.InvalidRegion, "Kode provinsi pada NIK tidak ada (the NIK's province code is no province).");
        }

        var encodedDay = TwoDigits(text, 6);
        var month = TwoDigits(text, 8);
        var year = TwoDigits(text, 10);
        var sex = encodedDay > 40 ? NikSex.Female : NikSex.Male;
        var day = sex == NikSex.Female ? encodedDay - 40 : encodedDay;
        if (ResolveBirthDate(day, month, year, today) is not { } birthDate)
        {
            return NikValidation.Refused(NikCodes.InvalidDate, "Tanggal lahir pada NIK tidak valid (invalid birth date in NIK).");
        }

        var serial = int.Parse(text.AsSpan(12, 4), System.Globalization.CultureInfo.InvariantCulture);
        if (serial == 0)
        {
            return NikValidation.Refused(NikCodes.InvalidSerial, "Nomor urut NIK tidak boleh 0000 (NIK serial cannot be 0000).");
        }

        var districtCode = $"{text[..2]}.{text[2..4]}.{text[4..6]}";
        IReadOnlyList<string> warnings = OfficialRegionsCatalog.Shared.ContainsDistrict(districtCode)
            ? []
            : [NikCodes.UnknownDistrict];
        return NikValidation.Valid(text, districtCode, birthDate, sex, serial, warnings);
    }

    /// <summary>
    /// Masks a NIK for logs and UI, keeping the first 4 and last 2 digits (<c>6472**********01</c>).
    /// Anything that is not 16 characters after trimming is masked completely.
    /// </summary>
    public static string Mask(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        var text = nik.Trim();
        if (text.Length != Length)
        {
            return new string('*', text.Length);
        }

        return string.Concat(text.AsSpan(0, 4), new string('*', Length - 6), text.AsSpan(Length - 2));
    }

    private static DateOnly? ResolveBirthDate(int day, int month, int twoDigitYear, DateOnly today)
    {
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return null;
        }

        var recent = TryDate(2000 + twoDigitYear, month, day);
        var birth = recent is { } r && r <= today ? recent : TryDate(1900 + twoDigitYear, month, day);
        if (birth is not { } b || b > today || b < today.AddYears(-MaxAgeYears))
        {
            return null;
        }

        return b;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int TwoDigits(string text, int index) => ((text[index] - '0') * 10) + (text[index + 1] - '0');

    private static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
