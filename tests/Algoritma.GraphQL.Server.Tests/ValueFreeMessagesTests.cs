using Algoritma.GraphQL.Server.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class ValueFreeMessagesTests
{
    private const string Secret = "6472011508900001";

    private static string Message(string reason, VariableName? path = null)
    {
        var document = new GraphQLDocumentBuilder().Build("query ($input: String) { a }");
        var definition = document.Definitions.OfType<GraphQLOperationDefinition>().Single().Variables![0];
        var error = new InvalidVariableError(new ValidationContext { Document = document }, definition, path ?? "input", reason);
        return new CodedErrorInfoProvider(new GraphQLServerOptions()).GetInfo(error).Message!;
    }

    [Fact]
    public void A_conversion_error_names_the_variable_path_and_expected_type_only()
    {
        var path = new VariableName(new VariableName(new VariableName("input", 2), "nik"), 0);

        var message = Message($"Unable to convert '{Secret}' to 'String'", path);

        Assert.Equal("Variable '$input[2].nik[0]' is invalid: expected a value of type 'String'.", message);
    }

    [Fact]
    public void A_value_that_pretends_to_end_the_message_is_not_repeated() =>
        Assert.DoesNotContain(Secret, Message($"Unable to convert '{Secret}' to 'Int' to 'String'"), StringComparison.Ordinal);

    [Fact]
    public void Unknown_input_fields_are_not_repeated() =>
        Assert.Equal("Variable '$input' is invalid: it has fields that type 'UserInput' does not define.",
            Message($"Unrecognized input fields '{Secret}' for type 'UserInput'."));

    [Fact]
    public void A_missing_value_says_so() =>
        Assert.Equal("Variable '$input' is invalid: a value is required.", Message("Received a null input for a non-null variable."));

    [Fact]
    public void Any_other_reason_is_summarised() =>
        Assert.Equal("Variable '$input' is invalid: the value is not valid for its type.", Message($"Value {Secret} is out of range."));

    [Fact]
    public void A_literal_of_the_wrong_type_keeps_the_expected_type_and_drops_the_literal()
    {
        var error = new ValidationError($"Argument 'nik' has invalid value. In field 'x': [Expected type 'Int', found \"{Secret}\".]") { Code = "ARGUMENTS_OF_CORRECT_TYPE" };

        var info = new CodedErrorInfoProvider(new GraphQLServerOptions()).GetInfo(error);

        Assert.Equal("Argument 'nik' has invalid value. In field 'x': Expected type 'Int'.", info.Message);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", info.Extensions!["code"]);
    }
}
