using GraphQL.Validation;
using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Authorization;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> unless <see cref="GraphQLServerOptions.MayIntrospect"/> allows the caller;
/// <c>__typename</c> stays open to everyone. Runs for cached documents too, since it depends on the caller.
/// </summary>
public sealed class IntrospectionRule(GraphQLServerOptions options) : IValidationRule
{
    private static readonly INodeVisitor Refuser = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if (field.Name.Value.Span is "__schema" or "__type")
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                "Introspection is not allowed here; the schema is published as schema/schema.graphql.", field));
        }
    });

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(options.MayIntrospect(context.User) ? null : Refuser);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
