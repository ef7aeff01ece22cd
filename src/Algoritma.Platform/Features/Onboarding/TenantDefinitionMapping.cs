using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Features.Tenants.Configuration;

namespace Algoritma.Platform.Features.Onboarding;

internal static class TenantDefinitionMapping
{
    /// <summary>Copies the definition onto the tenant and names the fields that changed.</summary>
    public static IReadOnlyList<string> ApplyTo(TenantDefinition definition, Tenant tenant)
    {
        var changed = new List<string>();
        Set(tenant.Name, definition.Name, v => tenant.Name = v, "name");
        Set(tenant.RegencyCode, definition.RegencyCode, v => tenant.RegencyCode = v, "regencyCode");
        Set(tenant.TimeZone, definition.TimeZone, v => tenant.TimeZone = v, "timeZone");
        Set(tenant.Locale, definition.Locale, v => tenant.Locale = v, "locale");
        Set(tenant.Enabled, definition.Enabled, v => tenant.Enabled = v, "enabled");
        SetList(tenant.Hosts, [.. definition.Hosts], v => tenant.Hosts = v, "hosts");
        SetSet(tenant.WorkDays, [.. definition.Calendar.WorkDays.Select(d => (int)d)], v => tenant.WorkDays = v, "workDays");
        SetSet(tenant.Holidays, [.. definition.Calendar.Holidays.Select(d => d.ToDateOnly())], v => tenant.Holidays = v, "holidays");
        Set(tenant.OfficeOpens, definition.Calendar.Opens.ToTimeOnly(), v => tenant.OfficeOpens = v, "officeOpens");
        Set(tenant.OfficeCloses, definition.Calendar.Closes.ToTimeOnly(), v => tenant.OfficeCloses = v, "officeCloses");
        if (tenant.Settings.Count != definition.Settings.Count || tenant.Settings.Except(definition.Settings).Any())
        {
            tenant.Settings = new Dictionary<string, string>(definition.Settings);
            changed.Add("settings");
        }

        return changed;

        void Set<T>(T current, T wanted, Action<T> assign, string field)
        {
            if (!EqualityComparer<T>.Default.Equals(current, wanted))
            {
                assign(wanted);
                changed.Add(field);
            }
        }

        // days are sets: the console saves them in order, a file may list them in any
        void SetSet<T>(List<T> current, List<T> wanted, Action<List<T>> assign, string field)
        {
            if (!current.ToHashSet().SetEquals(wanted))
            {
                assign(wanted);
                changed.Add(field);
            }
        }

        void SetList<T>(List<T> current, List<T> wanted, Action<List<T>> assign, string field)
        {
            if (!current.SequenceEqual(wanted))
            {
                assign(wanted);
                changed.Add(field);
            }
        }
    }
}
