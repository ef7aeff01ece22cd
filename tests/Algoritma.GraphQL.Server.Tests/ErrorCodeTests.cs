using Algoritma.GraphQL.Server.Errors;
using GraphQL;
using GraphQL.Execution;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class ErrorCodeTests
{
    [Fact]
    public void A_coded_error_keeps_its_code() =>
        Assert.Equal("CONFLICT", CodedErrorInfoProvider.CodeOf(CodedError.Conflict("stale version")));

    [Fact]
    public void A_syntax_error_is_a_parse_failure() =>
        Assert.Equal("GRAPHQL_PARSE_FAILED", CodedErrorInfoProvider.CodeOf(new SyntaxError(new GraphQLParser.Exceptions.GraphQLSyntaxErrorException("x", "{", 1))));

    [Fact]
    public void An_error_with_an_unknown_code_is_internal() =>
        Assert.Equal("INTERNAL", CodedErrorInfoProvider.CodeOf(new ExecutionError("boom") { Code = "NULL_REFERENCE" }));

    [Fact]
    public void Unexpected_exception_messages_are_hidden_unless_exposed()
    {
        var error = new UnhandledError("Error trying to resolve field 'x'.", new InvalidOperationException("db password is hunter2"));

        var hidden = new CodedErrorInfoProvider(new GraphQLServerOptions()).GetInfo(error);
        var exposed = new CodedErrorInfoProvider(new GraphQLServerOptions { ExposeExceptionDetails = true }).GetInfo(error);

        Assert.Equal("Internal server error.", hidden.Message);
        Assert.Equal("INTERNAL", hidden.Extensions!["code"]);
        Assert.Contains("hunter2", exposed.Message + string.Join(",", exposed.Extensions!.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void Unexpected_exception_data_is_hidden_unless_exposed()
    {
        var exception = new InvalidOperationException("failed") { Data = { ["Detail"] = "Key (nik)=(6472011508900001) already exists" } };
        var error = new UnhandledError("Error trying to resolve field 'x'.", exception);

        var hidden = new CodedErrorInfoProvider(new GraphQLServerOptions()).GetInfo(error);

        Assert.Equal(["code"], hidden.Extensions!.Keys);
    }
}
