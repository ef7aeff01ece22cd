namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>Tenants from the files that loaded cleanly, and every error found in the others.</summary>
public sealed record TenantConfigLoadResult(IReadOnlyList<TenantDefinition> Tenants, IReadOnlyList<ConfigFileError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The platform.yaml rules the files were checked against.</summary>
    public PlatformSettings Platform { get; init; } = PlatformSettings.Default;
}
