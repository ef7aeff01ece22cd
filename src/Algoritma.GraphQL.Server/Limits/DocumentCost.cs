using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Limits;

/// <summary>
/// What a document would select once its fragment spreads are expanded, measured without expanding them: each
/// fragment is measured once and a spread adds its measure, so a fragment bomb (fragments spreading each other twice
/// per level, 2^24 fields in a kilobyte) costs as many steps as the document has nodes. Counts saturate at
/// <see cref="long.MaxValue"/>. The largest operation or fragment of the document is what counts, as is the most
/// repeated root field of any one operation.
/// </summary>
/// <param name="Fields">Selected fields, every spread expanded: the request's cost (a rate limiter may charge it).</param>
/// <param name="Aliases">Aliased fields among them.</param>
/// <param name="RepeatedRootField">The root field one operation selects most often (<c>__typename</c>, which costs nothing, aside).</param>
/// <param name="RootFieldRepeats">How often that operation selects it.</param>
public sealed record DocumentCost(long Fields, long Aliases, string? RepeatedRootField, long RootFieldRepeats)
{
    /// <summary>Measures <paramref name="document"/>; linear in its size whatever its fragments expand to.</summary>
    public static DocumentCost Measure(GraphQLDocument document) => new Measurer(document).Measure();

    private readonly record struct Size(long Fields, long Aliases)
    {
        public static Size operator +(Size a, Size b) => new(Add(a.Fields, b.Fields), Add(a.Aliases, b.Aliases));
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private sealed class Measurer(GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = Fragments(document);
        private readonly Dictionary<string, Size> _sizes = [];
        private readonly Dictionary<string, Dictionary<string, long>> _rootFields = [];
        private readonly HashSet<string> _inProgress = [];

        public DocumentCost Measure()
        {
            var largest = new Size(0, 0);
            (string? Name, long Count) repeated = (null, 0);
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case GraphQLOperationDefinition operation:
                        largest = Max(largest, SizeOf(operation.SelectionSet));
                        foreach (var (name, count) in RootFieldsOf(operation.SelectionSet))
                        {
                            repeated = count > repeated.Count ? (name, count) : repeated;
                        }

                        break;
                    case GraphQLFragmentDefinition fragment:
                        largest = Max(largest, SizeOfFragment(fragment.FragmentName.Name.StringValue));
                        break;
                }
            }

            return new DocumentCost(largest.Fields, largest.Aliases, repeated.Name, repeated.Count);
        }

        private static Size Max(Size a, Size b) => new(Math.Max(a.Fields, b.Fields), Math.Max(a.Aliases, b.Aliases));

        private Size SizeOf(GraphQLSelectionSet? selectionSet)
        {
            var size = new Size(0, 0);
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                size += selection switch
                {
                    GraphQLField field => new Size(1, field.Alias is null ? 0 : 1) + SizeOf(field.SelectionSet),
                    GraphQLFragmentSpread spread => SizeOfFragment(spread.FragmentName.Name.StringValue),
                    GraphQLInlineFragment inline => SizeOf(inline.SelectionSet),
                    _ => default,
                };
            }

            return size;
        }

        /// <summary>An unknown fragment or one spread inside itself counts nothing here: validation refuses both.</summary>
        private Size SizeOfFragment(string name)
        {
            if (_sizes.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                return default;
            }

            var size = SizeOf(fragment.SelectionSet);
            _inProgress.Remove(name);
            _sizes[name] = size;
            return size;
        }

        /// <summary>How often each root field is selected, through the spreads and inline fragments at the root.</summary>
        private Dictionary<string, long> RootFieldsOf(GraphQLSelectionSet selectionSet)
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when field.Name.Value.Span is not "__typename":
                        var name = field.Name.StringValue;
                        counts[name] = Add(counts.GetValueOrDefault(name), 1);
                        break;
                    case GraphQLFragmentSpread spread:
                        AddTo(counts, RootFieldsOfFragment(spread.FragmentName.Name.StringValue));
                        break;
                    case GraphQLInlineFragment inline:
                        AddTo(counts, RootFieldsOf(inline.SelectionSet));
                        break;
                }
            }

            return counts;
        }

        private Dictionary<string, long> RootFieldsOfFragment(string name)
        {
            if (_rootFields.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                return [];
            }

            var counts = RootFieldsOf(fragment.SelectionSet);
            _inProgress.Remove(name);
            _rootFields[name] = counts;
            return counts;
        }

        private static void AddTo(Dictionary<string, long> counts, Dictionary<string, long> more)
        {
            foreach (var (name, count) in more)
            {
                counts[name] = Add(counts.GetValueOrDefault(name), count);
            }
        }

        private static Dictionary<string, GraphQLFragmentDefinition> Fragments(GraphQLDocument document)
        {
            var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
            foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }

            return fragments;
        }
    }
}
