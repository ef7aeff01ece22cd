using Algoritma.GraphQL.Server.Errors;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;

namespace Algoritma.GraphQL.Server.Limits;

/// <summary>
/// Applies <see cref="GraphQLServerOptions.MaxDepth"/> and <see cref="GraphQLServerOptions.MaxComplexity"/>
/// through graphql-dotnet's complexity analyzer, with a distinct error code for each limit.
/// </summary>
internal static class DepthAndComplexityLimits
{
    public static void Configure(ComplexityOptions complexity, GraphQLServerOptions options)
    {
        complexity.MaxDepth = null;
        complexity.MaxComplexity = null;
        var defaultImpact = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context =>
            IsIntrospection(context) ? new FieldComplexityResult(1, 1) : defaultImpact(context);
        complexity.ValidateComplexityDelegate = context =>
        {
            context.Error = Check(context.MaxDepth, context.TotalImpact, options);
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// Schema introspection walks small, fixed lists; multiplying them like data lists would price the
    /// standard introspection query of every GraphQL tool out of reach.
    /// </summary>
    private static bool IsIntrospection(FieldImpactContext context) =>
        context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
        || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal);

    internal static ValidationError? Check(int depth, double complexity, GraphQLServerOptions options)
    {
        if (depth > options.MaxDepth)
        {
            return new LimitError(ErrorCodes.MaxDepthExceeded,
                $"The query is nested {depth} levels deep; at most {options.MaxDepth} are allowed.");
        }

        if (complexity > options.MaxComplexity)
        {
            return new LimitError(ErrorCodes.MaxComplexityExceeded,
                $"The query's complexity is {complexity:0}; at most {options.MaxComplexity} is allowed.");
        }

        return null;
    }

    private sealed class LimitError : ValidationError
    {
        public LimitError(string code, string message) : base(message) => Code = code;
    }
}
