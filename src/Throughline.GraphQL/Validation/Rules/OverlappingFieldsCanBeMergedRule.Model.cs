using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<Field> Fields1, IReadOnlyList<Field> Fields2);

    private sealed record Overlap(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    /// <summary>One field selection with the type it was selected on and its definition (if known).</summary>
    private sealed class FieldDetails(GraphQLNamedType? parentType, Field node, GraphQLField? definition)
    {
        public GraphQLNamedType? ParentType { get; } = parentType;

        public Field Node { get; } = node;

        public GraphQLField? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        public FieldInfo? Info { get; set; }
    }

    /// <summary>What comparisons need of a field, prepared only once the field overlaps another.</summary>
    private sealed class FieldInfo(GraphQLNamedType? namedType, ArgumentInfo? arguments)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public GraphQLNamedType? NamedType { get; } = namedType;

        public ArgumentInfo? Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    private sealed class ArgumentInfo(IReadOnlyList<Argument> nodes)
    {
        public IReadOnlyList<Argument> Nodes { get; } = nodes;

        public Dictionary<string, Value> Values { get; } = nodes
            .GroupBy(a => a.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
    }

    /// <summary>The fields of a selection set grouped by response name (in first-seen order) and the fragments it spreads.</summary>
    private sealed class CollectFieldsResult
    {
        // Most selection sets are small: a name index is only worth building for larger ones.
        private const int IndexThreshold = 8;
        private Dictionary<string, List<FieldDetails>>? _byResponseName;

        public List<KeyValuePair<string, List<FieldDetails>>> GroupedFieldSet { get; } = [];

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectFieldsResult, List<Overlap>>? OverlappingFields { get; set; }

        public List<FieldDetails>? Find(string responseName)
        {
            if (_byResponseName is not null)
            {
                return _byResponseName.GetValueOrDefault(responseName);
            }

            foreach (var (name, fields) in GroupedFieldSet)
            {
                if (name == responseName)
                {
                    return fields;
                }
            }

            return null;
        }

        public void Add(string responseName, FieldDetails details)
        {
            if (Find(responseName) is { } fields)
            {
                fields.Add(details);
                return;
            }

            fields = [details];
            GroupedFieldSet.Add(new(responseName, fields));
            if (_byResponseName is not null)
            {
                _byResponseName[responseName] = fields;
            }
            else if (GroupedFieldSet.Count > IndexThreshold)
            {
                _byResponseName = new Dictionary<string, List<FieldDetails>>(StringComparer.Ordinal);
                foreach (var (name, list) in GroupedFieldSet)
                {
                    _byResponseName[name] = list;
                }
            }
        }
    }

    /// <summary>Unordered pairs of fragment names, remembering whether they were compared as mutually exclusive.</summary>
    private sealed class PairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

        public bool Has(string a, string b, bool areMutuallyExclusive) =>
            Has1(a, b, areMutuallyExclusive) || Has1(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map))
            {
                map = new Dictionary<string, bool>(StringComparer.Ordinal);
                _data[a] = map;
            }

            map[b] = areMutuallyExclusive;
        }

        // Any stored pair answers a mutually exclusive query; a non-exclusive query needs a non-exclusive pair.
        private bool Has1(string a, string b, bool areMutuallyExclusive) =>
            _data.TryGetValue(a, out var map) && map.TryGetValue(b, out var result)
            && (areMutuallyExclusive || areMutuallyExclusive == result);
    }
}
