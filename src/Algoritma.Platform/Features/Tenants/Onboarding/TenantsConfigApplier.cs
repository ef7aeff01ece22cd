using Algoritma.Platform.Features.Identity.Configuration;
using Algoritma.Platform.Features.Tenants.Configuration;

namespace Algoritma.Platform.Features.Tenants.Onboarding;

/// <summary>
/// Applies tenants-config/: every file is loaded and checked first; if any is invalid nothing is applied.
/// Then each tenant is created or brought up to date, idempotently, and the report says what changed.
/// </summary>
public sealed class TenantsConfigApplier(TenantOnboarding onboarding, IdentityConfigValidator identityValidator, IdentityConfigApplier identity)
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
            var errors = await onboarding.ValidateAsync(definition, mustBeNew: false, cancellationToken);
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
            applied.Add(await onboarding.ApplyAsync(definition, cancellationToken));
        }

        var identityLines = await identity.ApplyAsync(identityFiles, cancellationToken);
        return new TenantsConfigReport(applied, []) { IdentityLines = identityLines };
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
