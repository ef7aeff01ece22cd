using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>
/// Platform-wide rules from tenants-config/platform.yaml (beside its <c>admins</c> and <c>clients</c>).
/// <see cref="AllowSharedRegencies"/>: whether two tenants may hold the same regency (default false: one
/// regency, one tenant). <see cref="Origins"/>: browser origins allowed on the platform route <c>/graphql</c> (CORS).
/// </summary>
public sealed record PlatformSettings(bool AllowSharedRegencies, IReadOnlyList<string> Origins)
{
    public PlatformSettings(bool AllowSharedRegencies)
        : this(AllowSharedRegencies, [])
    {
    }

    public static PlatformSettings Default { get; } = new(AllowSharedRegencies: false);
}

/// <summary>Reads <see cref="PlatformSettings"/> from platform.yaml; a missing file or key means the defaults.</summary>
public static class PlatformSettingsFile
{
    /// <summary>Configuration key naming the tenants-config folder the running API reads platform.yaml from.</summary>
    public const string FolderKey = "Tenancy:ConfigFolder";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>The settings of <paramref name="folder"/>/platform.yaml; a malformed value is a <see cref="ConfigFileError"/>.</summary>
    public static PlatformSettings Read(string folder, List<ConfigFileError> errors)
    {
        var path = Path.Combine(folder, TenantConfigLoader.PlatformFileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), errors) : PlatformSettings.Default;
    }

    public static PlatformSettings Parse(string yaml, List<ConfigFileError> errors)
    {
        try
        {
            var file = Yaml.Deserialize<PlatformFile?>(yaml);
            return new PlatformSettings(file?.AllowSharedRegencies ?? PlatformSettings.Default.AllowSharedRegencies, Origins(file?.Origins, errors));
        }
        catch (YamlException e)
        {
            errors.Add(new ConfigFileError(TenantConfigLoader.PlatformFileName, (int)e.Start.Line,
                "allowSharedRegencies: must be true or false, origins: a list of strings (or the file is not valid YAML)"));
            return PlatformSettings.Default;
        }
    }

    private static List<string> Origins(List<string>? listed, List<ConfigFileError> errors)
    {
        var origins = new List<string>();
        foreach (var text in listed ?? [])
        {
            if (CorsOrigin.Parse(text) is { } origin)
            {
                origins.Add(origin);
            }
            else
            {
                errors.Add(new ConfigFileError(TenantConfigLoader.PlatformFileName, 0,
                    $"origins: '{text}' is not an http(s) origin without a path (e.g. https://portal.example.go.id)"));
            }
        }

        if (origins.Count > CorsOrigin.MaxCount)
        {
            errors.Add(new ConfigFileError(TenantConfigLoader.PlatformFileName, 0, $"origins: at most {CorsOrigin.MaxCount}"));
        }

        return origins;
    }

    /// <summary>
    /// The settings the running API applies to <c>onboardTenant</c>: platform.yaml of the folder named by
    /// <see cref="FolderKey"/>, else of the checkout's tenants-config/ when the process runs inside one.
    /// A malformed file stops the API rather than silently allowing or refusing shared regencies.
    /// </summary>
    public static PlatformSettings ForRunningApi(IConfiguration configuration)
    {
        var folder = configuration[FolderKey] ?? CheckoutFolder();
        if (folder is null)
        {
            return PlatformSettings.Default;
        }

        var errors = new List<ConfigFileError>();
        var settings = Read(folder, errors);
        return errors.Count == 0 ? settings : throw new InvalidOperationException(string.Join("; ", errors));
    }

    private static string? CheckoutFolder() => Checkout.OfWorkingDirectory() is { } checkout ? Path.Combine(checkout, "tenants-config") : null;

    private sealed class PlatformFile
    {
        public bool? AllowSharedRegencies { get; set; }

        public List<string>? Origins { get; set; }
    }
}
