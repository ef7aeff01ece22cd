using GraphQL;
using GraphQL.Types;

namespace Algoritma.GraphQL.Server.Authorization;

/// <summary>Authorization checks for resolvers whose result type is only known at run time (such as <c>node(id:)</c>).</summary>
public static class ResolverAuthorization
{
    /// <summary>
    /// Whether the caller (<see cref="IResolveFieldContext.User"/>) meets the type-level requirements declared on
    /// <paramref name="type"/>, evaluated with the request's <c>IAuthorizationService</c>.
    /// </summary>
    public static async Task<bool> IsAuthorizedAsync(this IResolveFieldContext context, IGraphType type)
    {
        var evaluator = new AuthorizationEvaluator(context.User, context.RequestServices);
        return await evaluator.EvaluateAsync(type) == AuthorizationOutcome.Allowed;
    }

    /// <summary>The object graph type of <paramref name="value"/>: the first whose <c>IsTypeOf</c> accepts it.</summary>
    public static IObjectGraphType? FindObjectGraphType(this ISchema schema, object value) =>
        schema.AllTypes.OfType<IObjectGraphType>().FirstOrDefault(type => type.IsTypeOf?.Invoke(value) == true);
}
