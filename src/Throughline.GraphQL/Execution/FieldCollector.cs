using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// Spec 6.3.2 CollectFields: flattens a selection set (fragments, inline fragments, @skip/@include) into response keys
/// for one runtime object type, merging fields that share a response key. Plans are memoised by (object type, merged
/// field nodes), because every item of a list asks for the same ones; a plan that no variable can change is kept with
/// its document, so executing a cached document again skips collection altogether.
/// </summary>
internal sealed class FieldCollector(ExecutionContext context)
{
    private static readonly ConditionalWeakTable<Document, ConcurrentDictionary<PlanKey, SelectionPlan>> DocumentPlans = new();

    private readonly ConcurrentDictionary<PlanKey, SelectionPlan> _requestPlans = new();

    public SelectionPlan CollectRoot(GraphQLObjectType type, SelectionSet selectionSet) =>
        Lookup(new PlanKey(selectionSet, type), shareable: true, collection =>
            Collect(type, selectionSet, collection));

    public SelectionPlan CollectSubfields(GraphQLObjectType type, IReadOnlyList<Field> fieldNodes) =>
        Lookup(new PlanKey(fieldNodes, type), shareable: fieldNodes is MergedFields { Shared: true }, collection =>
        {
            foreach (var node in fieldNodes)
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    Collect(type, selectionSet, collection);
                }
            }
        });

    // A plan may be kept with the document only when its key outlives the request (a node of the document, or the
    // field list of a plan kept there) and no @skip/@include in it read a variable.
    private SelectionPlan Lookup(PlanKey key, bool shareable, Action<Collection> collect)
    {
        var documentPlans = shareable ? DocumentPlans.GetOrCreateValue(context.Document) : null;
        if (documentPlans is not null && documentPlans.TryGetValue(key, out var shared))
        {
            return shared;
        }

        if (_requestPlans.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var collection = new Collection();
        collect(collection);
        var plan = Plan(key.Type, collection);
        if (documentPlans is not null && !collection.UsesVariables)
        {
            foreach (var group in collection.Groups.Values)
            {
                group.Shared = true;
            }

            return documentPlans.GetOrAdd(key, plan);
        }

        return _requestPlans.GetOrAdd(key, plan);
    }

    // Fields the type does not have are left out, as graphql-js does (validation normally rejects them).
    private SelectionPlan Plan(GraphQLObjectType type, Collection collection)
    {
        var fields = new List<FieldGroup>(collection.Order.Count);
        foreach (var key in collection.Order)
        {
            var nodes = collection.Groups[key];
            if (context.Schema.GetField(type, nodes[0].Name.Value) is { } definition)
            {
                fields.Add(new FieldGroup(key, nodes, definition));
            }
        }

        return new SelectionPlan([.. fields]);
    }

    private void Collect(GraphQLObjectType type, SelectionSet selectionSet, Collection collection)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case Field field:
                    if (!ShouldInclude(field, collection))
                    {
                        continue;
                    }

                    var key = field.ResponseKey;
                    if (!collection.Groups.TryGetValue(key, out var nodes))
                    {
                        nodes = [];
                        collection.Groups.Add(key, nodes);
                        collection.Order.Add(key);
                    }

                    nodes.Add(field);
                    break;
                case InlineFragment inline:
                    if (!ShouldInclude(inline, collection) || !Matches(inline.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(type, inline.SelectionSet, collection);
                    break;
                case FragmentSpread spread:
                    var name = spread.Name.Value;
                    if (collection.VisitedFragments.Contains(name) || !ShouldInclude(spread, collection))
                    {
                        continue;
                    }

                    collection.VisitedFragments.Add(name);
                    if (context.Fragments.TryGetValue(name, out var fragment) && Matches(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, collection);
                    }

                    break;
            }
        }
    }

    // @skip(if: true) or @include(if: false) leave the selection out; graphql-js checks skip first.
    private bool ShouldInclude(Selection selection, Collection collection)
    {
        if (selection.Directives.Count == 0)
        {
            return true;
        }

        if (DirectiveCondition(selection, "skip", collection) is true)
        {
            return false;
        }

        return DirectiveCondition(selection, "include", collection) is not false;
    }

    private bool? DirectiveCondition(Selection selection, string directiveName, Collection collection)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value == directiveName && context.Schema.GetDirective(directiveName) is { } definition)
            {
                if (directive.Arguments.Any(argument => argument.Value is not (BooleanValue or NullValue)))
                {
                    collection.UsesVariables = true;
                }

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

    /// <summary>The working state of one collection.</summary>
    private sealed class Collection
    {
        public Dictionary<string, MergedFields> Groups { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public HashSet<string> VisitedFragments { get; } = new(StringComparer.Ordinal);

        /// <summary>True when a @skip/@include condition was not a literal, so the result depends on variables.</summary>
        public bool UsesVariables { get; set; }
    }

    /// <summary>Identity of a plan: the node (or merged field list) it was collected from, and the object type.</summary>
    private readonly record struct PlanKey(object Source, GraphQLObjectType Type)
    {
        public bool Equals(PlanKey other) => ReferenceEquals(Source, other.Source) && ReferenceEquals(Type, other.Type);

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(Source), RuntimeHelpers.GetHashCode(Type));
    }
}

/// <summary>
/// The field nodes merged into one response key. <see cref="Shared"/> marks lists of plans kept with their document:
/// only those are stable enough to key further plans kept there.
/// </summary>
internal sealed class MergedFields : List<Field>
{
    public bool Shared { get; set; }
}
