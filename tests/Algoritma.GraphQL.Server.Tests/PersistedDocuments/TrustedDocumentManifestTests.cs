using Algoritma.GraphQL.Server.PersistedDocuments;

namespace Algoritma.GraphQL.Server.Tests.PersistedDocuments;

public sealed class TrustedDocumentManifestTests
{
    [Fact]
    public void A_manifest_maps_each_hash_to_its_document()
    {
        var manifest = TrustedDocumentManifest.Parse($$"""{ "{{DocumentHash.Of("{ a }")}}": "{ a }" }""");

        Assert.Equal("{ a }", manifest.Find(DocumentHash.Of("{ a }")));
        Assert.Null(manifest.Find(DocumentHash.Of("{ b }")));
    }

    [Fact]
    public void A_key_that_is_not_its_documents_hash_is_refused() =>
        Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Parse($$"""{ "{{DocumentHash.Of("{ a }")}}": "{ b }" }"""));

    [Fact]
    public void A_folder_of_manifests_is_merged_and_a_file_still_loads_alone()
    {
        var folder = Directory.CreateTempSubdirectory("trusted-documents-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "platform.json"), $$"""{ "{{DocumentHash.Of("{ a }")}}": "{ a }", "{{DocumentHash.Of("{ c }")}}": "{ c }" }""");
            File.WriteAllText(Path.Combine(folder, "console.json"), $$"""{ "{{DocumentHash.Of("{ b }")}}": "{ b }", "{{DocumentHash.Of("{ c }")}}": "{ c }" }""");
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a manifest");

            var merged = TrustedDocumentManifest.LoadFileOrFolder(folder);
            var single = TrustedDocumentManifest.LoadFileOrFolder(Path.Combine(folder, "console.json"));

            Assert.Equal(3, merged.Count);
            Assert.Equal("{ a }", merged.Find(DocumentHash.Of("{ a }")));
            Assert.Equal("{ b }", merged.Find(DocumentHash.Of("{ b }")));
            Assert.Equal(2, single.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_bad_manifest_in_the_folder_stops_the_whole_folder_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("trusted-documents-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "platform.json"), $$"""{ "{{DocumentHash.Of("{ a }")}}": "{ a }" }""");
            File.WriteAllText(Path.Combine(folder, "console.json"), $$"""{ "{{DocumentHash.Of("{ a }")}}": "{ b }" }""");

            var error = Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.LoadFileOrFolder(folder));

            Assert.Contains("console.json", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_repositorys_manifest_loads()
    {
        var manifest = TrustedDocumentManifest.Load(Path.Combine(AppContext.BaseDirectory, "trusted-documents.json"));

        Assert.True(manifest.Count >= 5);
    }
}
