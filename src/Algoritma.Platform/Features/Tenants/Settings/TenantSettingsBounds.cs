using System.Globalization;
using Algoritma.GraphQL.Server.Errors;
using NodaTime;

namespace Algoritma.Platform.Features.Tenants.Settings;

/// <summary>The bounds of <see cref="UpdateTenantSettingsInput"/>, checked before anything is read or written.</summary>
public static class TenantSettingsBounds
{
    public const int MinName = 3;
    public const int MaxName = 100;
    public const int FirstYear = 2000;
    public const int LastYear = 2099;
    public const int MaxHolidaysPerYear = 100;
    public const int MaxHolidays = 1000;

    public static List<UserError> Check(UpdateTenantSettingsInput input)
    {
        var errors = new List<UserError>();
        if (input.Name is { } name && name.Trim().Length is < MinName or > MaxName)
        {
            errors.Add(UserError.At("name", name.Trim().Length < MinName ? "TOO_SHORT" : InputBounds.TooLong,
                $"A name is {MinName}–{MaxName} characters."));
        }

        if (input.TimeZone is { } zone && (zone.Length > 64 || DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null))
        {
            errors.Add(UserError.At("timeZone", "UNKNOWN_TIME_ZONE", $"'{Short(zone)}' is not a known IANA time zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura)."));
        }

        if (input.WorkDays is { } days)
        {
            if (days.Count == 0)
            {
                errors.Add(UserError.At("workDays", InputBounds.Required, "At least one work day."));
            }
            else if (days.Count > 7 || days.Any(d => d is < 1 or > 7))
            {
                errors.Add(UserError.At("workDays", "INVALID_WORK_DAY", "Work days are ISO day numbers 1 (Monday) to 7 (Sunday), each once."));
            }
        }

        var opens = Time(input.OfficeOpens, "officeOpens", errors);
        var closes = Time(input.OfficeCloses, "officeCloses", errors);
        if (opens is { } o && closes is { } c && o >= c)
        {
            errors.Add(UserError.At("officeCloses", "OFFICE_HOURS_ORDER", "Offices close after they open."));
        }

        if (input.Holidays is { } holidays)
        {
            HolidayErrors(holidays, errors);
        }

        return errors;
    }

    /// <summary>Office hours given only in part are checked against the stored other half.</summary>
    public static UserError? HoursOrder(TimeOnly opens, TimeOnly closes) =>
        opens < closes ? null : UserError.At("officeCloses", "OFFICE_HOURS_ORDER", "Offices close after they open.");

    public static TimeOnly? Time(string? value, string field, List<UserError>? errors = null)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length == 5 && TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors?.Add(UserError.At(field, "INVALID_TIME", $"'{Short(value)}' is not a time HH:mm (e.g. 08:00)."));
        return null;
    }

    private static void HolidayErrors(IReadOnlyList<DateOnly> holidays, List<UserError> errors)
    {
        if (holidays.Count > MaxHolidays)
        {
            errors.Add(UserError.At("holidays", InputBounds.TooMany, $"At most {MaxHolidays} holidays in all."));
            return;
        }

        foreach (var outside in holidays.Where(d => d.Year is < FirstYear or > LastYear).Take(1))
        {
            errors.Add(UserError.At("holidays", "HOLIDAY_OUT_OF_RANGE", $"{outside:yyyy-MM-dd} is outside the years {FirstYear}–{LastYear}."));
        }

        if (holidays.Distinct().GroupBy(d => d.Year).FirstOrDefault(g => g.Count() > MaxHolidaysPerYear) is { } crowded)
        {
            errors.Add(UserError.At("holidays", InputBounds.TooMany, $"{crowded.Key} has {crowded.Count()} holidays; at most {MaxHolidaysPerYear} a year."));
        }
    }

    private static string Short(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
