using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Authorization;

/// <summary>
/// Enforces the authorization requirements declared on the schema (<c>Authorize()</c>, <c>AuthorizeWithRoles</c>,
/// <c>AuthorizeWithPolicy</c>, <c>AllowAnonymous()</c> on fields, graph types, arguments and the schema) for the
/// operation that is about to execute. Every field that operation selects, directly or through fragment spreads
/// and inline fragments, is checked against:
/// <list type="bullet">
/// <item>its parent type (the root operation type for top-level fields, plus the schema itself there) unless the field
/// allows anonymous access,</item>
/// <item>the field itself and the arguments given to it,</item>
/// <item>the named type it returns (unwrapping non-null and list).</item>
/// </list>
/// A refused field is a validation error (<c>UNAUTHENTICATED</c> when the caller has not signed in, <c>FORBIDDEN</c>
/// otherwise), so the operation does not execute at all. Other operations of the document, unused fragments,
/// selections excluded by <c>@skip</c>/<c>@include</c> and introspection fields are not checked.
/// </summary>
/// <remarks>
/// Runs after variables and arguments are parsed (a post-node visitor), so the directives' variable values are known.
/// Requires <c>IAuthorizationService</c> in the request services when a policy is declared.
/// </remarks>
public sealed class AuthorizationValidationRule : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        await new OperationWalker(context).WalkAsync();
        return null;
    }

    private sealed class OperationWalker(ValidationContext context)
    {
        private readonly AuthorizationEvaluator _evaluator = new(context.User, context.RequestServices);
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = context.Document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(group => group.Key, group => group.First());

        // a fragment always applies to its own type condition, so walking it once covers every spread of it
        private readonly HashSet<string> _walkedFragments = [];
        private readonly HashSet<GraphQLField> _reported = [];
        private IGraphType? _rootType;

        public async Task WalkAsync()
        {
            var operation = context.Operation;
            _rootType = operation.Operation switch
            {
                OperationType.Query => context.Schema.Query,
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => null,
            };
            if (_rootType is not null)
            {
                await WalkAsync(operation.SelectionSet, _rootType);
            }
        }

        private async Task WalkAsync(GraphQLSelectionSet selectionSet, IGraphType parentType)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!context.ShouldIncludeNode(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        await CheckFieldAsync(field, parentType);
                        break;
                    case GraphQLInlineFragment inline:
                        await WalkAsync(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType);
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        if (_walkedFragments.Add(name) && _fragments.TryGetValue(name, out var fragment))
                        {
                            await WalkAsync(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parentType);
                        }

                        break;
                }
            }
        }

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue];

        private async Task CheckFieldAsync(GraphQLField field, IGraphType parentType)
        {
            // __typename, __schema and __type are open to everyone; their types carry no requirements
            if (field.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            var definition = (parentType as IComplexGraphType)?.GetField(field.Name);
            if (definition is null)
            {
                return; // unknown fields were refused by the core rules before this rule runs
            }

            var returnType = definition.ResolvedType?.GetNamedType();
            var outcome = await EvaluateAsync(field, definition, parentType, returnType);
            if (outcome != AuthorizationOutcome.Allowed)
            {
                // the selections below a refused field are not reported again (its return type would refuse them too)
                if (_reported.Add(field))
                {
                    context.ReportError(new AuthorizationError(context.Document.Source, outcome, field));
                }

                return;
            }

            if (field.SelectionSet is not null && returnType is not null)
            {
                await WalkAsync(field.SelectionSet, returnType);
            }
        }

        private async ValueTask<AuthorizationOutcome> EvaluateAsync(
            GraphQLField field, FieldType definition, IGraphType parentType, IGraphType? returnType)
        {
            var elements = new List<IMetadataReader>();
            if (!definition.IsAnonymousAllowed())
            {
                if (ReferenceEquals(parentType, _rootType))
                {
                    elements.Add(context.Schema);
                }

                elements.Add(parentType);
            }

            elements.Add(definition);
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                if (definition.Arguments?.Find(argument.Name) is { } declared)
                {
                    elements.Add(declared);
                }
            }

            if (returnType is not null)
            {
                elements.Add(returnType);
            }

            foreach (var element in elements)
            {
                var outcome = await _evaluator.EvaluateAsync(element);
                if (outcome != AuthorizationOutcome.Allowed)
                {
                    return outcome;
                }
            }

            return AuthorizationOutcome.Allowed;
        }
    }
}
