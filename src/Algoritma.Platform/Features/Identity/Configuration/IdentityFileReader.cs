using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Algoritma.Platform.Features.Identity.Configuration;

/// <summary>Reads the <c>clients</c>, <c>users</c> and (platform.yaml) <c>admins</c> sections of tenants-config/.</summary>
public static class IdentityFileReader
{
    public const string PlatformFile = "platform.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static IReadOnlyList<IdentityFile> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml"))
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var file = Yaml.Deserialize<IdentityFile?>(File.ReadAllText(path)) ?? new IdentityFile();
                file.FileName = Path.GetFileName(path);
                if (file.FileName == PlatformFile)
                {
                    file.Id = null;
                }

                return file;
            })];
}
