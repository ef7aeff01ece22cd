
namespace Algoritma.Platform.Features.Tenants.Settings;

/// <summary>The city's own settings; a field left out (null) stays as it is, a list given replaces the current one.</summary>
public sealed record UpdateTenantSettingsInput(
    string? Name,
    string? TimeZone,
    IReadOnlyList<int>? WorkDays,
    string? OfficeOpens,
    string? OfficeCloses,
    IReadOnlyList<DateOnly>? Holidays,
    IkmRounding? IkmRounding,
    string? ExpectedVersion);

public sealed class UpdateTenantSettingsInputType : InputObjectGraphType<UpdateTenantSettingsInput>
{
    public UpdateTenantSettingsInputType()
    {
        Name = "UpdateTenantSettingsInput";
        Description = "The city's settings; omitted fields stay as they are. Holidays replace the whole list.";
        Field<StringGraphType>("name").Description($"{TenantSettingsBounds.MinName}–{TenantSettingsBounds.MaxName} characters.");
        Field<StringGraphType>("timeZone").Description("An IANA time zone, e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("workDays").Description("ISO day numbers, 1 = Monday … 7 = Sunday; at least one.");
        Field<StringGraphType>("officeOpens").Description("Local time HH:mm, before officeCloses.");
        Field<StringGraphType>("officeCloses").Description("Local time HH:mm, after officeOpens.");
        Field<ListGraphType<NonNullGraphType<DateGraphType>>>("holidays").Description(
            $"Every holiday (local dates), years {TenantSettingsBounds.FirstYear}–{TenantSettingsBounds.LastYear}, at most {TenantSettingsBounds.MaxHolidaysPerYear} a year and {TenantSettingsBounds.MaxHolidays} in all.");
        Field<IkmRoundingType>("ikmRounding").Description("How the IKM value is rounded.");
        Field<StringGraphType>("expectedVersion").Description("The settingsVersion as last read; when given and stale: CONFLICT, nothing written.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        T? Get<T>(string key) where T : class => value.TryGetValue(key, out var v) ? v as T : null;
        return new UpdateTenantSettingsInput(
            Get<string>("name"),
            Get<string>("timeZone"),
            value.TryGetValue("workDays", out var days) && days is IEnumerable<object?> dayList
                ? [.. dayList.Select(d => Convert.ToInt32(d, System.Globalization.CultureInfo.InvariantCulture))] : null,
            Get<string>("officeOpens"),
            Get<string>("officeCloses"),
            value.TryGetValue("holidays", out var holidays) && holidays is IEnumerable<object?> holidayList
                ? [.. holidayList.Select(ScalarValues.Day)] : null,
            value.TryGetValue("ikmRounding", out var rounding) && rounding is IkmRounding r ? r : null,
            Get<string>("expectedVersion"));
    }
}

public sealed class IkmRoundingType : EnumerationGraphType<IkmRounding>
{
    public IkmRoundingType()
    {
        Name = "IkmRounding";
        Description = "How the IKM value is computed: NONE exact; TWO_DECIMALS / THREE_DECIMALS round each NRR first (the regulation's worked examples).";
    }
}
