using Algoritma.GraphQL.Server.Limits;
using GraphQL.Execution;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class DocumentCostTests
{
    private static readonly GraphQLDocumentBuilder Parser = new();

    private static DocumentCost Measure(string query) => DocumentCost.Measure(Parser.Build(query));

    /// <summary>Each fragment spreads the one below twice: a kilobyte that expands to 2^levels fields.</summary>
    internal static string FragmentBomb(int levels) =>
        $"query {{ ...F{levels} }}\nfragment F0 on Query {{ a }}\n"
        + string.Join("\n", Enumerable.Range(1, levels).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}"));

    [Fact]
    public void Counts_every_field_once_per_selection_with_spreads_and_inline_fragments_expanded()
    {
        var cost = Measure("""
            query { a { b c } ...F ... on Query { d } }
            fragment F on Query { e { f } x: g }
            """);

        Assert.Equal(7, cost.Fields);
        Assert.Equal(1, cost.Aliases);
    }

    /// <summary>Expanding 2^60 fields would never finish, so an answer at all shows the spreads were not expanded.</summary>
    [Fact]
    public void Measures_a_fragment_bomb_without_expanding_it() => Assert.Equal(1L << 60, Measure(FragmentBomb(60)).Fields);

    [Fact]
    public void Saturates_instead_of_overflowing() => Assert.Equal(long.MaxValue, Measure(FragmentBomb(80)).Fields);

    [Fact]
    public void Counts_aliases_through_fragments()
    {
        var cost = Measure("query { ...F ...F } fragment F on Query { a: x b: x c: x }");

        Assert.Equal(6, cost.Aliases);
    }

    [Fact]
    public void Finds_the_most_repeated_root_field_through_spreads_but_not_typename()
    {
        var cost = Measure("""
            query { a: lookup(code: "1") b: lookup(code: "2") ...More __typename __typename __typename __typename }
            fragment More on Query { c: lookup(code: "3") other }
            """);

        Assert.Equal("lookup", cost.RepeatedRootField);
        Assert.Equal(3, cost.RootFieldRepeats);
    }

    [Fact]
    public void Counts_root_fields_per_operation_not_across_operations()
    {
        var cost = Measure("query A { x } query B { x }");

        Assert.Equal(1, cost.RootFieldRepeats);
    }

    [Fact]
    public void A_fragment_cycle_or_an_unknown_fragment_ends_the_count_and_is_left_to_validation()
    {
        var cost = Measure("query { ...A ...Missing } fragment A on Query { a ...B } fragment B on Query { b ...A }");

        Assert.Equal(2, cost.Fields);
    }

    [Fact]
    public void An_unused_fragment_counts_too()
    {
        Assert.Equal(1L << 20, Measure(FragmentBomb(20).Replace("query { ...F20 }", "query { a }", StringComparison.Ordinal)).Fields);
    }
}
