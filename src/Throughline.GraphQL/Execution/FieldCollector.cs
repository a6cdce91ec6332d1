using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// Spec 6.3.2 CollectFields: flattens a selection set (fragments, inline fragments, @skip/@include) into response keys
/// for one runtime object type, merging fields that share a response key. Sub-selections are memoised per request by
/// (object type, merged field nodes), because every item of a list asks for the same ones.
/// </summary>
internal sealed class FieldCollector(ExecutionContext context)
{
    private readonly Dictionary<(GraphQLObjectType, IReadOnlyList<Field>), SelectionPlan> _subfields =
        new(SubfieldKeyComparer.Instance);

    private readonly Lock _gate = new();

    public SelectionPlan CollectRoot(GraphQLObjectType type, SelectionSet selectionSet)
    {
        var groups = new Dictionary<string, List<Field>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(type, selectionSet, groups, order, new HashSet<string>(StringComparer.Ordinal));
        return Plan(type, groups, order);
    }

    public SelectionPlan CollectSubfields(GraphQLObjectType type, IReadOnlyList<Field> fieldNodes)
    {
        lock (_gate)
        {
            if (_subfields.TryGetValue((type, fieldNodes), out var cached))
            {
                return cached;
            }
        }

        var groups = new Dictionary<string, List<Field>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(type, selectionSet, groups, order, visited);
            }
        }

        var result = Plan(type, groups, order);
        lock (_gate)
        {
            _subfields[(type, fieldNodes)] = result;
        }

        return result;
    }

    // Fields the type does not have are left out, as graphql-js does (validation normally rejects them).
    private SelectionPlan Plan(GraphQLObjectType type, Dictionary<string, List<Field>> groups, List<string> order)
    {
        var fields = new List<FieldGroup>(order.Count);
        foreach (var key in order)
        {
            var nodes = groups[key];
            if (context.Schema.GetField(type, nodes[0].Name.Value) is { } definition)
            {
                fields.Add(new FieldGroup(key, nodes, definition));
            }
        }

        return new SelectionPlan([.. fields]);
    }

    private void Collect(
        GraphQLObjectType type,
        SelectionSet selectionSet,
        Dictionary<string, List<Field>> groups,
        List<string> order,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case Field field:
                    if (!ShouldInclude(field))
                    {
                        continue;
                    }

                    var key = field.ResponseKey;
                    if (!groups.TryGetValue(key, out var nodes))
                    {
                        nodes = [];
                        groups.Add(key, nodes);
                        order.Add(key);
                    }

                    nodes.Add(field);
                    break;
                case InlineFragment inline:
                    if (!ShouldInclude(inline) || !Matches(inline.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(type, inline.SelectionSet, groups, order, visitedFragments);
                    break;
                case FragmentSpread spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (context.Fragments.TryGetValue(name, out var fragment) && Matches(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, groups, order, visitedFragments);
                    }

                    break;
            }
        }
    }

    // @skip(if: true) or @include(if: false) leave the selection out; graphql-js checks skip first.
    private bool ShouldInclude(Selection selection)
    {
        if (selection.Directives.Count == 0)
        {
            return true;
        }

        if (DirectiveCondition(selection, "skip") is true)
        {
            return false;
        }

        return DirectiveCondition(selection, "include") is not false;
    }

    private bool? DirectiveCondition(Selection selection, string directiveName)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value == directiveName && context.Schema.GetDirective(directiveName) is { } definition)
            {
                var arguments = ArgumentCoercion.Coerce(
                    definition.Arguments, directive, directive.Arguments, context.VariableValues, context.Locate);
                return arguments.TryGetValue("if", out var condition) && condition is bool b ? b : null;
            }
        }

        return null;
    }

    private bool Matches(NamedType? typeCondition, GraphQLObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditional = context.Schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditional, type))
        {
            return true;
        }

        return conditional is IGraphQLAbstractType abstractType && context.Schema.IsSubType(abstractType, type);
    }

    private sealed class SubfieldKeyComparer : IEqualityComparer<(GraphQLObjectType, IReadOnlyList<Field>)>
    {
        public static SubfieldKeyComparer Instance { get; } = new();

        public bool Equals((GraphQLObjectType, IReadOnlyList<Field>) x, (GraphQLObjectType, IReadOnlyList<Field>) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((GraphQLObjectType, IReadOnlyList<Field>) obj) =>
            HashCode.Combine(
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
