using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Identity.Configuration;
using Algoritma.Platform.Features.Identity.Oidc;
using Algoritma.Platform.Features.StaffConsole;
using Algoritma.Platform.Features.Tenants.Configuration;

namespace Algoritma.Platform.Features.Onboarding;

/// <summary>
/// Applies tenants-config/: every file is loaded and checked first; if any is invalid nothing is applied.
/// Then each tenant is created or brought up to date, idempotently, and the report says what changed.
/// </summary>
public sealed class TenantsConfigApplier(
    TenantOnboarding onboarding, IdentityConfigValidator identityValidator, IdentityConfigApplier identity,
    CatalogAdministration catalog, TenantScopeForPrincipal scopes, PlatformConsoleClient platformConsole)
{
    public async Task<TenantsConfigReport> ApplyFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var loaded = TenantConfigLoader.LoadFolder(folder);
        if (!loaded.IsValid)
        {
            return new TenantsConfigReport([], [.. loaded.Errors.Select(e => e.ToString())]);
        }

        var refusals = new List<string>();
        foreach (var definition in loaded.Tenants)
        {
            var errors = await onboarding.ValidateAsync(definition, mustBeNew: false, loaded.Platform, cancellationToken);
            refusals.AddRange(errors.Select(e => $"{definition.Id}.yaml: {string.Join('.', e.Path.Skip(1))}: {e.Message} ({e.Code})"));
        }

        var identityFiles = IdentityFileReader.ReadFolder(folder);
        refusals.AddRange(identityValidator.Validate(identityFiles));
        if (refusals.Count > 0)
        {
            return new TenantsConfigReport([], refusals);
        }

        var applied = new List<OnboardingOutcome>();
        foreach (var definition in loaded.Tenants)
        {
            applied.Add(await onboarding.ApplyAsync(definition, loaded.Platform, cancellationToken));
        }

        var identityLines = await identity.ApplyAsync(identityFiles, cancellationToken);
        var catalogLines = await SeedCatalogsAsync(identityFiles, cancellationToken);
        var consoleLine = await platformConsole.EnsureAsync(cancellationToken) ? $"{PlatformConsoleClient.Id}: created" : $"{PlatformConsoleClient.Id}: unchanged";
        return new TenantsConfigReport(applied, []) { IdentityLines = [.. identityLines, .. catalogLines, consoleLine] };
    }

    /// <summary>Clones each listed template once; a service the city already has is left as the city made it.</summary>
    private async Task<IReadOnlyList<string>> SeedCatalogsAsync(IReadOnlyList<IdentityFile> files, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var configuration = new Caller("tenants-config", "tenants-config", null, [], null);
        foreach (var file in files.Where(f => f.TenantId is not null && f.Services.Count > 0))
        {
            var tenant = await scopes.FindAsync(file.TenantId, cancellationToken);
            using (scopes.Enter(tenant))
            {
                var added = 0;
                foreach (var template in file.Services)
                {
                    var result = await catalog.CloneAsync(new CloneServiceTemplateInput(template, null, null), configuration, cancellationToken);
                    added += result.Errors.Count == 0 ? 1 : 0;
                }

                lines.Add($"{file.FileName}: {added} service(s) added to the catalog, {file.Services.Count - added} already there");
            }
        }

        return lines;
    }
}

public sealed record TenantsConfigReport(IReadOnlyList<OnboardingOutcome> Applied, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public IReadOnlyList<string> IdentityLines { get; init; } = [];

    public IEnumerable<string> Lines() => Succeeded
        ? Applied.Select(Describe).Concat(IdentityLines)
        : Errors.Select(e => $"error: {e}").Append("Nothing was applied.");

    private static string Describe(OnboardingOutcome outcome)
    {
        var tenant = outcome.Tenant!;
        var regions = outcome.Regions!;
        var detail = outcome.Status == OnboardingStatus.Updated && outcome.ChangedFields.Count > 0 ? $" ({string.Join(", ", outcome.ChangedFields)})" : string.Empty;
        return $"{tenant.Id}: {outcome.Status.ToString().ToLowerInvariant()}{detail}; {regions.Kecamatan} kecamatan, "
            + $"{regions.Kelurahan} kelurahan, {regions.Desa} desa, {regions.Changed} region rows written";
    }
}
