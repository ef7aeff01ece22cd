using System.Globalization;
using System.Numerics;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Schema;

/// <summary>
/// The built-in <c>ID</c> scalar, but an integer input (<c>id: 12345</c>, which the specification lets an ID be)
/// reaches resolvers as its decimal string like every other id, so code that reads an id as a string never
/// meets a number.
/// </summary>
public sealed class StringIdGraphType : IdGraphType
{
    public StringIdGraphType() => Name = "ID";

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLIntValue number
        ? new string(number.Value.Span)
        : base.ParseLiteral(value);

    public override object? ParseValue(object? value) => value switch
    {
        int or long or byte or sbyte or short or ushort or uint or ulong or BigInteger => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => base.ParseValue(value),
    };
}
