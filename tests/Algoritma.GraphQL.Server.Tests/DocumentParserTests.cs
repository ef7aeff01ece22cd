using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Transport;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class DocumentParserTests
{
    [Theory]
    [InlineData("\r}")]
    [InlineData("{ a ")]
    [InlineData("}")]
    public void A_document_that_does_not_parse_is_a_parse_failure(string query)
    {
        var (document, error) = DocumentParser.Parse(query);

        Assert.Null(document);
        Assert.Equal("GRAPHQL_PARSE_FAILED", CodedErrorInfoProvider.CodeOf(error!));
    }

    [Fact]
    public void Nesting_deeper_than_the_parser_allows_is_max_depth_exceeded()
    {
        var (_, error) = DocumentParser.Parse("{ " + string.Concat(Enumerable.Repeat("a { ", 200)) + "b" + new string('}', 201));

        Assert.Equal("MAX_DEPTH_EXCEEDED", CodedErrorInfoProvider.CodeOf(error!));
    }

    [Fact]
    public void A_valid_document_parses() => Assert.NotNull(DocumentParser.Parse("{ a }").Document);
}
