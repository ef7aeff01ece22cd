using Algoritma.GraphQL.Server.Limits;
using GraphQL;
using GraphQL.Execution;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class InputStringsTests
{
    private readonly GraphQLServerOptions _options = new() { MaxStringLength = 8 };

    private static Inputs Map(params (string Key, object? Value)[] entries) => new(entries.ToDictionary(e => e.Key, e => e.Value));

    [Fact]
    public void Accepts_strings_up_to_the_limit_anywhere() =>
        Assert.Null(InputStrings.CheckRequest("Q", Map(("a", "12345678"), ("b", new List<object?> { 1, "x" })), Map(("k", "v")), _options));

    [Fact]
    public void Refuses_nul_in_a_nested_variable_naming_its_path_not_its_value()
    {
        var variables = Map(("input", new Dictionary<string, object?> { ["names"] = new List<object?> { "ok", "AB\0CD" } }));

        var error = InputStrings.CheckRequest(null, variables, null, _options);

        Assert.Equal("BAD_USER_INPUT", error?.Code);
        Assert.Equal("The string at variables.input.names[1] contains the NUL character (U+0000).", error?.Message);
    }

    [Fact]
    public void Refuses_a_too_long_string_in_extensions() =>
        Assert.Contains("is longer than 8 characters", InputStrings.CheckRequest(null, null, Map(("k", "123456789")), _options)?.Message, StringComparison.Ordinal);

    [Fact]
    public void Refuses_nul_in_the_operation_name() =>
        Assert.Equal("BAD_USER_INPUT", InputStrings.CheckRequest("Q\0", null, null, _options)?.Code);

    [Fact]
    public void Refuses_a_bad_key_without_repeating_it()
    {
        var error = InputStrings.CheckRequest(null, Map(("a", new Dictionary<string, object?> { ["sec\0ret"] = 1 })), null, _options);

        Assert.Equal("A key in variables.a contains the NUL character (U+0000).", error?.Message);
    }

    [Fact]
    public void A_key_that_is_no_name_is_not_repeated_in_the_path()
    {
        var error = InputStrings.CheckRequest(null, Map(("a", new Dictionary<string, object?> { ["6 4 7"] = "\0" })), null, _options);

        Assert.Equal("The string at variables.a.? contains the NUL character (U+0000).", error?.Message);
    }

    [Theory]
    [InlineData("""{ f(a: "AB\u0000") }""")]
    [InlineData("query ($v: String = \"\\u0000\") { f(a: $v) }")]
    [InlineData("""{ f(a: { b: ["x", "123456789"] }) }""")]
    [InlineData("{ f(a: \"\"\"123456789\"\"\") }")]
    public async Task Refuses_a_bad_literal_with_its_location(string query)
    {
        var error = await InputStrings.CheckLiteralsAsync(new GraphQLDocumentBuilder().Build(query), _options);

        Assert.Equal("BAD_USER_INPUT", error?.Code);
        Assert.StartsWith("A string literal ", error?.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error!.Locations!);
    }

    [Fact]
    public async Task Accepts_ordinary_literals() =>
        Assert.Null(await InputStrings.CheckLiteralsAsync(new GraphQLDocumentBuilder().Build("""{ f(a: "O'Neil", b: "Ñ") }"""), _options));
}
