using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Algoritma.Platform.RateLimiting;
using NodaTime;
using NodaTime.Text;

namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>Turns a schema-valid document into a <see cref="TenantDefinition"/>, applying defaults and the checks a schema cannot express.</summary>
internal static class TenantDefinitionMapper
{
    public const string DefaultLocale = "id-ID";
    public static readonly LocalTime DefaultOpens = new(8, 0);
    public static readonly LocalTime DefaultCloses = new(16, 0);
    public static readonly IReadOnlyList<IsoDayOfWeek> DefaultWorkDays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static TenantDefinition? Map(string fileName, YamlJsonDocument document, List<ConfigFileError> errors)
    {
        var root = (JsonObject)document.Root!;
        void Fail(string pointer, string reason) => errors.Add(new ConfigFileError(fileName, document.Locate(pointer).Line, $"{document.Locate(pointer).Path}: {reason}"));

        var id = root["id"]!.GetValue<string>();
        var expectedId = Path.GetFileNameWithoutExtension(fileName);
        if (!string.Equals(id, expectedId, StringComparison.Ordinal))
        {
            Fail("/id", $"'{id}' does not match the file name; expected '{expectedId}'");
        }

        var timeZone = root["timeZone"]!.GetValue<string>();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            Fail("/timeZone", $"'{timeZone}' is not a known IANA time zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura)");
        }

        var hosts = new List<string>();
        if (root["hosts"] is JsonArray hostArray)
        {
            for (var i = 0; i < hostArray.Count; i++)
            {
                var host = hostArray[i]!.GetValue<string>().ToLowerInvariant();
                if (hosts.Contains(host))
                {
                    Fail($"/hosts/{i}", "duplicate");
                }

                hosts.Add(host);
            }
        }

        var calendar = MapCalendar(root["calendar"] as JsonObject, Fail);
        var settings = MapSettings(root["settings"] as JsonObject);
        MapRateLimits(root["rateLimits"] as JsonObject, settings, Fail);
        MapOrigins(root["origins"] as JsonArray, settings, Fail);

        return new TenantDefinition(
            id,
            root["name"]!.GetValue<string>(),
            root["regencyCode"]!.GetValue<string>(),
            timeZone,
            root["locale"]?.GetValue<string>() ?? DefaultLocale,
            root["enabled"]?.GetValue<bool>() ?? true,
            hosts,
            calendar,
            settings);
    }

    private static WorkingCalendarDefinition MapCalendar(JsonObject? calendar, Action<string, string> fail)
    {
        var workDays = calendar?["workDays"] is JsonArray days
            ? days.Select(d => Enum.Parse<IsoDayOfWeek>(d!.GetValue<string>(), ignoreCase: true)).ToList()
            : DefaultWorkDays;

        var holidays = new List<LocalDate>();
        if (calendar?["holidays"] is JsonArray dates)
        {
            for (var i = 0; i < dates.Count; i++)
            {
                var text = dates[i]!.GetValue<string>();
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (parsed.Success)
                {
                    holidays.Add(parsed.Value);
                }
                else
                {
                    fail($"/calendar/holidays/{i}", $"'{text}' is not a real date");
                }
            }
        }

        holidays.Sort();

        var opens = DefaultOpens;
        var closes = DefaultCloses;
        if (calendar?["officeHours"] is JsonObject hours)
        {
            opens = TimePattern.Parse(hours["opens"]!.GetValue<string>()).Value;
            closes = TimePattern.Parse(hours["closes"]!.GetValue<string>()).Value;
            if (opens >= closes)
            {
                fail("/calendar/officeHours/opens", $"opens ({TimePattern.Format(opens)}) must be before closes ({TimePattern.Format(closes)})");
            }
        }

        return new WorkingCalendarDefinition(workDays, holidays, opens, closes);
    }

    /// <summary>
    /// The optional <c>rateLimits:</c> block, kept in the tenant's settings (<see cref="TenantRateLimits"/> reads them):
    /// <c>rateLimits.graphQLCostPerTenant.permitLimit</c> and so on.
    /// </summary>
    private static void MapRateLimits(JsonObject? rateLimits, Dictionary<string, string> settings, Action<string, string> fail)
    {
        foreach (var (rule, limit) in rateLimits ?? [])
        {
            foreach (var (part, value) in (JsonObject)limit!)
            {
                var text = value!.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                if (part == "window" && TimeSpan.ParseExact(text, @"hh\:mm\:ss", CultureInfo.InvariantCulture) == TimeSpan.Zero)
                {
                    fail($"/rateLimits/{rule}/window", "must be longer than 00:00:00");
                }

                settings[$"{TenantRateLimits.SettingsPrefix}{rule}.{part}"] = text;
            }
        }
    }

    /// <summary>The optional <c>origins:</c> list (CORS), kept normalized in the tenant's settings as a JSON array.</summary>
    private static void MapOrigins(JsonArray? listed, Dictionary<string, string> settings, Action<string, string> fail)
    {
        if (listed is null)
        {
            return;
        }

        var origins = new List<string>();
        for (var i = 0; i < listed.Count; i++)
        {
            var text = listed[i]!.GetValue<string>();
            if (CorsOrigin.Parse(text) is { } origin)
            {
                origins.Add(origin);
            }
            else
            {
                fail($"/origins/{i}", $"'{text}' is not an http(s) origin without a path (e.g. https://layanan.example.go.id)");
            }
        }

        settings[ConfiguredOrigins.SettingsKey] = ConfiguredOrigins.ToSettings(origins.Distinct(StringComparer.Ordinal));
    }

    private static Dictionary<string, string> MapSettings(JsonObject? settings)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in settings ?? [])
        {
            result[key] = value!.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.ToJsonString(),
            };
        }

        return result;
    }
}
