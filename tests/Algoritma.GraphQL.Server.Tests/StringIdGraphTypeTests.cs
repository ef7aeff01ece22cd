using System.Numerics;
using Algoritma.GraphQL.Server.Schema;
using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class StringIdGraphTypeTests
{
    private readonly StringIdGraphType _id = new();

    [Fact]
    public void An_integer_literal_is_read_as_its_digits() =>
        Assert.Equal("12345678901234567890123", _id.ParseLiteral(Literal("12345678901234567890123")));

    private static GraphQLValue Literal(string value) =>
        ((GraphQLField)new global::GraphQL.Execution.GraphQLDocumentBuilder().Build($"{{ a(id: {value}) }}")
            .Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet.Selections[0]).Arguments![0].Value;

    [Fact]
    public void A_string_literal_stays_a_string() => Assert.Equal("abc", _id.ParseLiteral(Literal("\"abc\"")));

    [Theory]
    [InlineData(12345, "12345")]
    [InlineData(6472011508900001L, "6472011508900001")]
    public void An_integer_variable_is_read_as_its_digits(object value, string expected) => Assert.Equal(expected, _id.ParseValue(value));

    [Fact]
    public void A_big_integer_variable_is_read_as_its_digits() => Assert.Equal("123456789012345678901", _id.ParseValue(BigInteger.Parse("123456789012345678901")));

    [Fact]
    public void Its_name_stays_id() => Assert.Equal("ID", _id.Name);
}
