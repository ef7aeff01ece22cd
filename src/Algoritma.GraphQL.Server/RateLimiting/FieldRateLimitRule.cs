using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.GraphQL.Server.RateLimiting;

/// <summary>
/// Charges the fields that declare a rate limit policy (<see cref="RateLimitedFields"/>), once per occurrence in the
/// operation about to execute: <c>{ a: f(x: 1) b: f(x: 2) }</c> costs two. A fragment is counted once per spread,
/// without expanding it (its count is remembered), so a fragment bomb costs no more to count than to read. Selections
/// under <c>@skip</c>/<c>@include</c> count too. A refusal is a validation error: nothing executes. An operation that
/// validation has refused already (by its cost, say) executes nothing and is not charged.
/// </summary>
public sealed class FieldRateLimitRule : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var limiter = context.RequestServices?.GetService<IGraphQLRateLimiter>();
        var http = RateLimitedError.HttpContextOf(context);
        if (limiter is null || http is null || context.Operation is null || context.HasErrors)
        {
            return null;
        }

        foreach (var (policy, occurrences) in new OccurrenceCounter(context).Count())
        {
            if (await limiter.ChargeFieldsAsync(http, policy, occurrences) is { } refusal)
            {
                context.ReportError(RateLimitedError.For(refusal, http));
                break;
            }
        }

        return null;
    }

    /// <summary>Occurrences per policy in the selected operation; saturates at <see cref="int.MaxValue"/>.</summary>
    private sealed class OccurrenceCounter(ValidationContext context)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = context.Document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(group => group.Key, group => group.First());

        private readonly Dictionary<string, Dictionary<string, long>?> _fragmentCounts = [];

        public IEnumerable<(string Policy, int Occurrences)> Count()
        {
            var root = context.Operation.Operation switch
            {
                OperationType.Query => context.Schema.Query,
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => null,
            };
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            if (root is not null)
            {
                CountInto(counts, context.Operation.SelectionSet, root);
            }

            return counts.Select(pair => (pair.Key, (int)Math.Min(pair.Value, int.MaxValue)));
        }

        private void CountInto(Dictionary<string, long> counts, GraphQLSelectionSet? selectionSet, IGraphType parentType)
        {
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                switch (selection)
                {
                    case GraphQLField field:
                        CountField(counts, field, parentType);
                        break;
                    case GraphQLInlineFragment inline:
                        CountInto(counts, inline.SelectionSet, TypeNamed(inline.TypeCondition?.Type.Name.StringValue) ?? parentType);
                        break;
                    case GraphQLFragmentSpread spread:
                        Add(counts, FragmentCounts(spread.FragmentName.Name.StringValue));
                        break;
                }
            }
        }

        private void CountField(Dictionary<string, long> counts, GraphQLField field, IGraphType parentType)
        {
            if (parentType is not IComplexGraphType complex || complex.GetField(field.Name.StringValue) is not { } definition)
            {
                return;
            }

            if (definition.RateLimitPolicy() is { } policy)
            {
                counts[policy] = Saturated(counts.GetValueOrDefault(policy) + 1);
            }

            if (field.SelectionSet is not null && definition.ResolvedType?.GetNamedType() is { } fieldType)
            {
                CountInto(counts, field.SelectionSet, fieldType);
            }
        }

        /// <summary>A fragment's counts, computed once; a cycle (refused by validation anyway) counts as nothing.</summary>
        private Dictionary<string, long>? FragmentCounts(string name)
        {
            if (_fragmentCounts.TryGetValue(name, out var known))
            {
                return known;
            }

            _fragmentCounts[name] = null;
            if (!_fragments.TryGetValue(name, out var fragment) || TypeNamed(fragment.TypeCondition.Type.Name.StringValue) is not { } type)
            {
                return null;
            }

            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            CountInto(counts, fragment.SelectionSet, type);
            return _fragmentCounts[name] = counts;
        }

        private IGraphType? TypeNamed(string? name) => name is null ? null : context.Schema.AllTypes[name];

        private static void Add(Dictionary<string, long> counts, Dictionary<string, long>? more)
        {
            foreach (var (policy, count) in more ?? [])
            {
                counts[policy] = Saturated(counts.GetValueOrDefault(policy) + count);
            }
        }

        private static long Saturated(long value) => Math.Clamp(value, 0, int.MaxValue);
    }
}
