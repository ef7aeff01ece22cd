using Algoritma.GraphQL.Server.PersistedDocuments;

namespace Algoritma.GraphQL.Server.Tests.PersistedDocuments;

public sealed class DocumentHashTests
{
    [Fact]
    public void Hash_is_the_lowercase_hex_sha256_of_the_utf8_text() =>
        // printf '{ __typename }' | sha256sum
        Assert.Equal("7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b", DocumentHash.Of("{ __typename }"));

    [Theory]
    [InlineData("sha256:7F56E67DD21AB3F30D1FF8B7BED08893F0A0DB86449836189B361DD1E56DDB4B")]
    [InlineData("7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b")]
    public void A_document_id_is_the_prefixed_or_bare_hex(string documentId) =>
        Assert.Equal("7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b", DocumentHash.FromDocumentId(documentId));

    [Theory]
    [InlineData("sha256:abc")]
    [InlineData("md5:7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b")]
    [InlineData("zf56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b")]
    public void Anything_else_is_no_document_id(string documentId) => Assert.Null(DocumentHash.FromDocumentId(documentId));
}
