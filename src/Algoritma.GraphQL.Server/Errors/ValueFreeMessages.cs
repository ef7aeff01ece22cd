using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Validation;

namespace Algoritma.GraphQL.Server.Errors;

/// <summary>
/// graphql-dotnet's coercion and literal errors quote the offending value ("Unable to convert '6472…' to 'String'");
/// an error must never repeat input (a NIK, a secret, 60 KB of junk), so these messages keep only the variable's path,
/// the argument's name and the expected type.
/// </summary>
internal static partial class ValueFreeMessages
{
    private const string Found = ", found ";

    /// <summary>The message without the input it quotes; null when the message quotes none.</summary>
    public static string? For(ExecutionError error) => error switch
    {
        InvalidVariableError => ForVariable(error.Message),
        ValidationError when error.Message.Contains(Found, StringComparison.Ordinal) => UpToFound(error.Message),
        _ => null,
    };

    /// <summary>"Variable '$input.name' is invalid. {reason}": the path is made of the document's and the schema's names.</summary>
    private static string ForVariable(string message)
    {
        var variable = VariableMessage().Match(message);
        if (!variable.Success)
        {
            return "A variable is invalid.";
        }

        var reason = variable.Groups["reason"].Value;
        var expected = ConversionReason().Match(reason) is { Success: true } conversion ? conversion
            : ObjectReason().Match(reason) is { Success: true } notObject ? notObject
            : null;
        var explained = expected is not null ? $"expected a value of type '{expected.Groups["type"].Value}'."
            : UnknownFieldsReason().Match(reason) is { Success: true } unknown ? $"it has fields that type '{unknown.Groups["type"].Value}' does not define."
            : reason is "Received a null input for a non-null variable." or "No value provided for a non-null variable." ? "a value is required."
            : "the value is not valid for its type.";
        return $"Variable '{variable.Groups["path"].Value}' is invalid: {explained}";
    }

    /// <summary>Literal errors end "…Expected type 'Int', found "abc"."; what precedes the first ", found" is names only.</summary>
    private static string UpToFound(string message) =>
        message[..message.IndexOf(Found, StringComparison.Ordinal)].Replace("[", string.Empty, StringComparison.Ordinal) + ".";

    [GeneratedRegex(@"^Variable '(?<path>\$[_0-9A-Za-z.\[\]]*)' is invalid\. (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex VariableMessage();

    [GeneratedRegex(@"^Unable to convert .* to '(?<type>[_A-Za-z][_0-9A-Za-z]*)'$", RegexOptions.Singleline)]
    private static partial Regex ConversionReason();

    [GeneratedRegex(@"^Unable to parse input as a '(?<type>[_A-Za-z][_0-9A-Za-z]*)' type\.")]
    private static partial Regex ObjectReason();

    [GeneratedRegex(@"^Unrecognized input fields .* for type '(?<type>[_A-Za-z][_0-9A-Za-z]*)'\.$", RegexOptions.Singleline)]
    private static partial Regex UnknownFieldsReason();
}
