using Algoritma.GraphQL.Server.Errors;
using GraphQL;

namespace Algoritma.GraphQL.Server.Limits;

/// <summary>
/// Refuses a document whose <see cref="DocumentCost"/> is over <see cref="GraphQLServerOptions.MaxFields"/>,
/// <see cref="GraphQLServerOptions.MaxAliases"/> or <see cref="GraphQLServerOptions.MaxRootFieldRepeats"/>, before
/// validation and graphql-dotnet's complexity analyzer (both of which expand fragments).
/// </summary>
internal static class DocumentLimits
{
    public static ExecutionError? Check(DocumentCost cost, GraphQLServerOptions options)
    {
        if (cost.Fields > options.MaxFields)
        {
            return Refuse($"The document selects {Count(cost.Fields)} fields once its fragments are expanded; at most {options.MaxFields} are allowed.");
        }

        if (cost.Aliases > options.MaxAliases)
        {
            return Refuse($"The document has {Count(cost.Aliases)} aliased fields once its fragments are expanded; at most {options.MaxAliases} are allowed.");
        }

        if (cost.RootFieldRepeats > options.MaxRootFieldRepeats)
        {
            return Refuse($"The root field '{cost.RepeatedRootField}' is selected {Count(cost.RootFieldRepeats)} times in one operation; "
                + $"at most {options.MaxRootFieldRepeats} are allowed.");
        }

        return null;
    }

    private static string Count(long count) => count == long.MaxValue ? "too many" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CodedError Refuse(string message) => new(ErrorCodes.MaxComplexityExceeded, message);
}
