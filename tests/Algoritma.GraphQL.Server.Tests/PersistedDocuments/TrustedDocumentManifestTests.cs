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
    public void The_repositorys_manifest_loads()
    {
        var manifest = TrustedDocumentManifest.Load(Path.Combine(AppContext.BaseDirectory, "trusted-documents.json"));

        Assert.True(manifest.Count >= 5);
    }
}
