using System.Globalization;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Tenants.Settings;

/// <summary>
/// A city admin changes the tenant's own settings: name, time zone, working calendar, IKM rounding. Bounds first,
/// then the version check (CONFLICT when another editor saved since), then one audited write; the tenant cache (and
/// the SLA calendar kept in it) is invalidated so the next request's deadline uses the new calendar.
/// For a tenant from tenants-config/ the file wins at the next <c>tenants apply</c> (docs/tenant-settings.md).
/// </summary>
public sealed class TenantSettingsAdministration(PlatformDbContext db, CurrentTenant current, AuditTrail audit, TenantCache cache, TimeProvider clock)
{
    public const string Conflict = "CONFLICT";

    public async Task<UpdateTenantSettingsPayload> UpdateAsync(UpdateTenantSettingsInput input, Caller actor, CancellationToken cancellationToken)
    {
        if (TenantSettingsBounds.Check(input) is { Count: > 0 } bounds)
        {
            return new UpdateTenantSettingsPayload(null, bounds);
        }

        var tenantId = current.Required.Id;
        var tenant = await db.Tenants.FirstAsync(t => t.Id == tenantId, cancellationToken);
        if (input.ExpectedVersion is { } expected && expected != VersionOf(tenant))
        {
            return new UpdateTenantSettingsPayload(null, [new UserError(Conflict,
                "Someone else changed these settings since you read them; reload to see their version.", ["input", "expectedVersion"])]);
        }

        var opens = TenantSettingsBounds.Time(input.OfficeOpens, "officeOpens") ?? tenant.OfficeOpens;
        var closes = TenantSettingsBounds.Time(input.OfficeCloses, "officeCloses") ?? tenant.OfficeCloses;
        if (TenantSettingsBounds.HoursOrder(opens, closes) is { } order)
        {
            return new UpdateTenantSettingsPayload(null, [order]);
        }

        var before = Snapshot(tenant);
        Apply(input, tenant, opens, closes);
        var after = Snapshot(tenant);
        if (before != after)
        {
            tenant.UpdatedAt = Microseconds(clock.GetUtcNow());
            audit.Record(actor, "tenant.settings_updated", tenantId, new { before, after });
            await db.SaveChangesAsync(cancellationToken);
            cache.Invalidate();
        }

        return new UpdateTenantSettingsPayload(tenant, []);
    }

    /// <summary>Opaque to clients: the time of the last change, at PostgreSQL's precision (microseconds).</summary>
    public static string VersionOf(Tenant tenant) =>
        (Microseconds(tenant.UpdatedAt).UtcTicks / 10).ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset Microseconds(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    private static void Apply(UpdateTenantSettingsInput input, Tenant tenant, TimeOnly opens, TimeOnly closes)
    {
        tenant.Name = input.Name?.Trim() ?? tenant.Name;
        tenant.TimeZone = input.TimeZone ?? tenant.TimeZone;
        if (input.WorkDays is { } days && !tenant.WorkDays.ToHashSet().SetEquals(days))
        {
            tenant.WorkDays = [.. days.Distinct().Order()];
        }

        if (input.Holidays is { } holidays && !tenant.Holidays.ToHashSet().SetEquals(holidays))
        {
            tenant.Holidays = [.. holidays.Distinct().Order()];
        }

        tenant.OfficeOpens = opens;
        tenant.OfficeCloses = closes;
        if (input.IkmRounding is { } rounding && rounding != IkmRoundingSetting.Parse(tenant.Settings.GetValueOrDefault("ikmRounding")))
        {
            tenant.Settings = new Dictionary<string, string>(tenant.Settings) { ["ikmRounding"] = IkmRoundingSetting.ToSettingString(rounding) };
        }
    }

    private static SettingsSnapshot Snapshot(Tenant tenant) => new(
        tenant.Name, tenant.TimeZone, string.Join(',', tenant.WorkDays),
        tenant.OfficeOpens.ToString("HH:mm", CultureInfo.InvariantCulture), tenant.OfficeCloses.ToString("HH:mm", CultureInfo.InvariantCulture),
        string.Join(',', tenant.Holidays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        tenant.Settings.GetValueOrDefault("ikmRounding"));

    private sealed record SettingsSnapshot(
        string Name, string TimeZone, string WorkDays, string OfficeOpens, string OfficeCloses, string Holidays, string? IkmRounding);
}
