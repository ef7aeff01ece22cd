using System.Text.RegularExpressions;
using Algoritma.GraphQL.Server.Errors;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Algoritma.GraphQL.Server.Limits;

/// <summary>
/// Every string a request carries (variables and their keys, extensions, the operation name, the document's string
/// literals) must be at most <see cref="GraphQLServerOptions.MaxStringLength"/> long and free of the NUL character,
/// which PostgreSQL cannot store in text. Checked before validation, so no resolver sees such a string; the error
/// names where the string is, never the string.
/// </summary>
internal static partial class InputStrings
{
    public static ExecutionError? CheckRequest(string? operationName, Inputs? variables, Inputs? extensions, GraphQLServerOptions options) =>
        Fault(operationName, options) is { } fault ? Refuse($"The operation name {fault}.")
        : CheckMap("variables", variables, options) ?? CheckMap("extensions", extensions, options);

    /// <summary>The string literals of <paramref name="document"/>, arguments and default values alike.</summary>
    public static async ValueTask<ExecutionError?> CheckLiteralsAsync(GraphQLDocument document, GraphQLServerOptions options)
    {
        var context = new LiteralContext(options);
        await new LiteralVisitor().VisitAsync(document, context);
        if (context.Fault is not { } fault)
        {
            return null;
        }

        var error = Refuse($"A string literal {fault.Message}.");
        error.AddLocation(Location.FromLinearPosition(document.Source, fault.Position));
        return error;
    }

    private static ExecutionError? CheckMap(string name, Inputs? map, GraphQLServerOptions options) =>
        map is null ? null : CheckValue(name, map, options);

    private static ExecutionError? CheckValue(string path, object? value, GraphQLServerOptions options)
    {
        switch (value)
        {
            case string text:
                return Fault(text, options) is { } fault ? Refuse($"The string at {path} {fault}.") : null;
            case IEnumerable<KeyValuePair<string, object?>> map:
                foreach (var (key, item) in map)
                {
                    if (Fault(key, options) is { } keyFault)
                    {
                        return Refuse($"A key in {path} {keyFault}.");
                    }

                    if (CheckValue($"{path}.{Describe(key)}", item, options) is { } error)
                    {
                        return error;
                    }
                }

                return null;
            case IEnumerable<object?> list:
                var index = 0;
                foreach (var item in list)
                {
                    if (CheckValue($"{path}[{index++}]", item, options) is { } error)
                    {
                        return error;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string? Fault(string? text, GraphQLServerOptions options) => text is null ? null : Fault(text.AsSpan(), options);

    private static string? Fault(ReadOnlySpan<char> text, GraphQLServerOptions options) =>
        text.Length > options.MaxStringLength ? $"is longer than {options.MaxStringLength} characters"
        : text.Contains('\0') ? "contains the NUL character (U+0000)"
        : null;

    /// <summary>A key is named in a path only when it looks like a GraphQL name: the path must not repeat arbitrary input.</summary>
    private static string Describe(string key) => NameShape().IsMatch(key) ? key : "?";

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]{0,63}$")]
    private static partial Regex NameShape();

    private static CodedError Refuse(string message) => new(ErrorCodes.BadUserInput, message);

    private sealed record LiteralFault(string Message, int Position);

    private sealed class LiteralContext(GraphQLServerOptions options) : IASTVisitorContext
    {
        public GraphQLServerOptions Options { get; } = options;

        public LiteralFault? Fault { get; set; }

        public CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class LiteralVisitor : ASTVisitor<LiteralContext>
    {
        protected override ValueTask VisitStringValueAsync(GraphQLStringValue stringValue, LiteralContext context)
        {
            if (context.Fault is null && Fault(stringValue.Value.Span, context.Options) is { } fault)
            {
                context.Fault = new LiteralFault(fault, stringValue.Location.Start);
            }

            return default;
        }
    }
}
