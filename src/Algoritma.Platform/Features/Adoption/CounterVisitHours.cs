using System.Globalization;
using Algoritma.Platform.Features.Tenants.Settings;

namespace Algoritma.Platform.Features.Adoption;

/// <summary>
/// The tenant setting <c>counterVisitHours</c>: the hours a citizen spends on one counter visit, travel there and back
/// plus the queue. Citizen hours saved = counter visits avoided × this. No published Indonesian study of that time was
/// found, so <see cref="Default"/> is an assumption a city should replace with its own survey figure.
/// </summary>
public static class CounterVisitHours
{
    /// <summary>Assumed: about an hour of travel there and back plus about half an hour of queueing.</summary>
    public const decimal Default = 1.5m;

    public const string SettingName = "counterVisitHours";

    /// <summary>A number of hours above 0 and at most 24 (invariant culture); anything else yields <see cref="Default"/>.</summary>
    public static decimal Parse(string? value) =>
        decimal.TryParse(value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours) && hours is > 0 and <= 24 ? hours : Default;

    public static async Task<decimal> ReadAsync(TenantSettingValues settings, string tenantId, CancellationToken cancellationToken) =>
        Parse(await settings.ValueAsync(tenantId, SettingName, cancellationToken));
}
