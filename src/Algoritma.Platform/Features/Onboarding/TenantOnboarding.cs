using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.StaffConsole;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Onboarding;

/// <summary>
/// Creates or updates a tenant, imports its official regions and gives it its staff console's client, in one
/// transaction: a tenant is never left without its kecamatan and kelurahan/desa, and a refused definition writes nothing.
/// </summary>
public sealed class TenantOnboarding(
    PlatformDbContext db,
    CurrentTenant current,
    TenantDefinitionValidator validator,
    OfficialRegionImport regions,
    TenantCache cache,
    TimeProvider clock,
    PlatformSettings platform,
    ConsoleClient console)
{
    /// <summary>A new tenant, under the running API's platform.yaml; an existing id is refused with TENANT_EXISTS.</summary>
    public Task<OnboardingOutcome> OnboardAsync(TenantDefinition definition, CancellationToken cancellationToken) =>
        WriteAsync(definition, "runtime", mustBeNew: true, platform, cancellationToken);

    /// <summary>Creates or brings up to date a tenant from tenants-config/, under that folder's platform.yaml.</summary>
    public Task<OnboardingOutcome> ApplyAsync(TenantDefinition definition, PlatformSettings folderPlatform, CancellationToken cancellationToken) =>
        WriteAsync(definition, "config", mustBeNew: false, folderPlatform, cancellationToken);

    public async Task<IReadOnlyList<UserError>> ValidateAsync(
        TenantDefinition definition, bool mustBeNew, PlatformSettings folderPlatform, CancellationToken cancellationToken) =>
        await validator.ValidateAsync(definition, mustBeNew, folderPlatform, cancellationToken);

    private async Task<OnboardingOutcome> WriteAsync(
        TenantDefinition definition, string source, bool mustBeNew, PlatformSettings rules, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(definition, mustBeNew, rules, cancellationToken) is { Count: > 0 } errors)
        {
            return OnboardingOutcome.Refused(errors);
        }

        // the tenant's own scope: its regions are written under row-level security as that tenant
        using (current.BeginScope(new TenantInfo(definition.Id, definition.Name, Enabled: true, Hosts: [], definition.TimeZone)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // two onboardings at once (the same id, or the same regency) must not both pass the checks: the second
            // waits here and validates again, seeing what the first committed
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('algoritma.tenant-onboarding'))", cancellationToken);
            if (await validator.ValidateAsync(definition, mustBeNew, rules, cancellationToken) is { Count: > 0 } raced)
            {
                return OnboardingOutcome.Refused(raced);
            }

            var outcome = await SaveAsync(definition, source, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            cache.Invalidate();
            return outcome;
        }
    }

    private async Task<OnboardingOutcome> SaveAsync(TenantDefinition definition, string source, CancellationToken cancellationToken)
    {
        var existing = await db.Tenants.FirstOrDefaultAsync(t => t.Id == definition.Id, cancellationToken);
        var tenant = existing ?? new Tenant
        {
            Id = definition.Id, Name = definition.Name, RegencyCode = definition.RegencyCode,
            TimeZone = definition.TimeZone, Source = source, CreatedAt = clock.GetUtcNow(),
        };
        var changes = TenantDefinitionMapping.ApplyTo(definition, tenant);
        if (existing is null)
        {
            db.Tenants.Add(tenant);
        }

        if (changes.Count > 0 || existing is null)
        {
            tenant.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        var imported = await regions.ImportAsync(tenant.RegencyCode, cancellationToken);
        await console.EnsureAsync(tenant.Id, tenant.Name, cancellationToken);
        var status = existing is null ? OnboardingStatus.Created
            : changes.Count > 0 || imported.Changed > 0 ? OnboardingStatus.Updated
            : OnboardingStatus.Unchanged;
        return new OnboardingOutcome(tenant, status, changes, imported, []);
    }
}

public enum OnboardingStatus
{
    Created,
    Updated,
    Unchanged,
    Refused,
}

public sealed record OnboardingOutcome(
    Tenant? Tenant,
    OnboardingStatus Status,
    IReadOnlyList<string> ChangedFields,
    RegionImportResult? Regions,
    IReadOnlyList<UserError> Errors)
{
    public static OnboardingOutcome Refused(IReadOnlyList<UserError> errors) =>
        new(null, OnboardingStatus.Refused, [], null, errors);
}
