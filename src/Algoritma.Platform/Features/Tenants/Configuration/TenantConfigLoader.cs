namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>
/// Loads tenants-config/*.yaml: YAML → JSON (keeping lines) → tenant.schema.json → semantic checks → cross-file checks.
/// Every problem becomes a <see cref="ConfigFileError"/> with file and line; a file with any error contributes no tenant.
/// </summary>
public static class TenantConfigLoader
{
    /// <summary>Platform-wide settings live next to the tenants and are not a tenant.</summary>
    public const string PlatformFileName = "platform.yaml";

    public static TenantConfigLoadResult LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new TenantConfigLoadResult([], [new ConfigFileError(folder, 1, "tenants-config folder not found")]);
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f) is ".yaml" or ".yml")
            .Where(f => !string.Equals(Path.GetFileName(f), PlatformFileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        var platformErrors = new List<ConfigFileError>();
        var platform = PlatformSettingsFile.Read(folder, platformErrors);
        var result = LoadTexts(files, platform);
        return platformErrors.Count == 0 ? result : result with { Errors = [.. platformErrors, .. result.Errors] };
    }

    public static TenantConfigLoadResult LoadText(string fileName, string yaml) => LoadTexts([(fileName, yaml)]);

    /// <summary>
    /// Loads several files as one set, so duplicate ids, hosts and (unless <paramref name="platform"/> allows
    /// shared regencies) regencies across them are reported.
    /// </summary>
    public static TenantConfigLoadResult LoadTexts(IEnumerable<(string FileName, string Yaml)> files, PlatformSettings? platform = null)
    {
        platform ??= PlatformSettings.Default;
        var errors = new List<ConfigFileError>();
        var loaded = new List<LoadedTenant>();
        foreach (var (fileName, yaml) in files)
        {
            var fileErrors = new List<ConfigFileError>();
            var tenant = LoadOne(fileName, yaml, fileErrors);
            errors.AddRange(fileErrors.OrderBy(e => e.Line));
            if (tenant is not null && fileErrors.Count == 0)
            {
                loaded.Add(tenant);
            }
        }

        var rejected = CrossFileChecks.Run(loaded, errors, platform);
        var tenants = loaded.Where(t => !rejected.Contains(t.FileName)).Select(t => t.Definition).ToList();
        return new TenantConfigLoadResult(tenants, errors) { Platform = platform };
    }

    private static LoadedTenant? LoadOne(string fileName, string yaml, List<ConfigFileError> errors)
    {
        var document = YamlDocumentReader.Read(fileName, yaml, errors);
        if (document is null)
        {
            return null;
        }

        TenantSchemaValidator.Validate(fileName, document, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var definition = TenantDefinitionMapper.Map(fileName, document, errors);
        return definition is null || errors.Count > 0 ? null : new LoadedTenant(fileName, definition, document);
    }
}

internal sealed record LoadedTenant(string FileName, TenantDefinition Definition, YamlJsonDocument Document);
