using NodaTime;

namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>One tenant (kota/kabupaten) as declared in tenants-config/&lt;id&gt;.yaml, with defaults applied.</summary>
public sealed record TenantDefinition(
    string Id,
    string Name,
    string RegencyCode,
    string TimeZone,
    string Locale,
    bool Enabled,
    IReadOnlyList<string> Hosts,
    WorkingCalendarDefinition Calendar,
    IReadOnlyDictionary<string, string> Settings);

/// <summary>Working days, holidays and office hours of a tenant, in the tenant's local time.</summary>
public sealed record WorkingCalendarDefinition(
    IReadOnlyList<IsoDayOfWeek> WorkDays,
    IReadOnlyList<LocalDate> Holidays,
    LocalTime Opens,
    LocalTime Closes);
