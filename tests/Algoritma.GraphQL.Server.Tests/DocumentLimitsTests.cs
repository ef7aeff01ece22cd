using Algoritma.GraphQL.Server.Limits;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class DocumentLimitsTests
{
    private readonly GraphQLServerOptions _options = new() { MaxFields = 10, MaxAliases = 3, MaxRootFieldRepeats = 2 };

    [Fact]
    public void Accepts_a_document_exactly_at_every_limit() => Assert.Null(DocumentLimits.Check(new DocumentCost(10, 3, "x", 2), _options));

    [Theory]
    [InlineData(11, 0, 1, "fields")]
    [InlineData(5, 4, 1, "aliased")]
    [InlineData(5, 0, 3, "root field 'x'")]
    public void Refuses_over_a_limit_with_max_complexity_exceeded(long fields, long aliases, long repeats, string named)
    {
        var error = DocumentLimits.Check(new DocumentCost(fields, aliases, "x", repeats), _options);

        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", error?.Code);
        Assert.Contains(named, error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saturated_count_reads_as_too_many() =>
        Assert.Contains("too many fields", DocumentLimits.Check(new DocumentCost(long.MaxValue, 0, null, 0), _options)?.Message, StringComparison.Ordinal);
}
