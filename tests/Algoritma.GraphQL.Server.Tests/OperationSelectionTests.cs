using Algoritma.GraphQL.Server.Transport;
using GraphQL.Execution;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class OperationSelectionTests
{
    private static readonly GraphQLDocumentBuilder Parser = new();

    [Theory]
    [InlineData("mutation { submit }", null, true)]
    [InlineData("{ services { code } }", null, false)]
    [InlineData("query Read { a } mutation Write { b }", "Write", true)]
    [InlineData("query Read { a } mutation Write { b }", "Read", false)]
    [InlineData("query Read { a } mutation Write { b }", null, false)]
    [InlineData("subscription { changed }", null, false)]
    public void Only_the_selected_mutation_runs_to_its_end_when_the_client_hangs_up(string query, string? operationName, bool runsToItsEnd)
    {
        Assert.Equal(runsToItsEnd, OperationSelection.IsMutation(Parser.Build(query), operationName));
    }

    [Fact]
    public void A_document_that_did_not_parse_is_no_mutation()
    {
        Assert.False(OperationSelection.IsMutation(null, null));
    }
}
