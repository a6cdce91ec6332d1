using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field (after fragments are
/// expanded and @skip/@include applied), and not an introspection field.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private Dictionary<string, FragmentDefinition>? _fragments;

        public override VisitAction Enter(Node node)
        {
            if (node is not OperationDefinition { Operation: OperationType.Subscription } operation
                || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return VisitAction.Continue;
            }

            var operationName = operation.Name?.Value;
            if (_fragments is null)
            {
                _fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
                var definitions = context.Document.Definitions;
                context.SpendFragmentWork(definitions.Count);
                foreach (var definition in definitions)
                {
                    if (definition is FragmentDefinition fragment)
                    {
                        _fragments[fragment.Name.Value] = fragment;
                    }
                }
            }

            var fields = new RootFieldCollector(context, _fragments, subscriptionType).Collect(operation.SelectionSet);
            if (fields.Count > 1)
            {
                var extra = fields.Skip(1).SelectMany(entry => entry.Value).Cast<Node>().ToArray();
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    extra);
            }

            foreach (var (_, fieldNodes) in fields)
            {
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(
                        operationName is not null
                            ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                            : "Anonymous Subscription must not select an introspection top level field.",
                        [.. fieldNodes]);
                }
            }

            return VisitAction.Continue;
        }
    }

    // graphql-js collectFields with no variable values, charging each selection set to the fragment work budget.
    private sealed class RootFieldCollector(
        ValidationContext context, Dictionary<string, FragmentDefinition> fragments, GraphQLObjectType runtimeType)
    {
        private readonly List<KeyValuePair<string, List<Field>>> _fields = [];
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, List<Field>>> Collect(SelectionSet selectionSet)
        {
            CollectFrom(selectionSet);
            return _fields;
        }

        private void CollectFrom(SelectionSet selectionSet)
        {
            ReserveWork(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case Field field when IsIncluded(field):
                        Add(field);
                        break;
                    case InlineFragment inline when IsIncluded(inline) && ConditionMatches(inline.TypeCondition):
                        CollectFrom(inline.SelectionSet);
                        break;
                    case FragmentSpread spread:
                        var name = spread.Name.Value;
                        if (_visitedFragments.Contains(name) || !IsIncluded(spread))
                        {
                            break;
                        }

                        _visitedFragments.Add(name);
                        if (fragments.TryGetValue(name, out var fragment) && ConditionMatches(fragment.TypeCondition))
                        {
                            CollectFrom(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        private void Add(Field field)
        {
            var key = field.ResponseKey;
            foreach (var (existingKey, list) in _fields)
            {
                if (existingKey == key)
                {
                    list.Add(field);
                    return;
                }
            }

            _fields.Add(new(key, [field]));
        }

        private void ReserveWork(SelectionSet selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        context.SpendFragmentWork(directive.Arguments.Count);
                    }
                }
            }
        }

        private bool ConditionMatches(NamedType? condition)
        {
            if (condition is null)
            {
                return true;
            }

            var conditionType = TypeFromAst.Resolve(context.Schema, condition);
            return ReferenceEquals(conditionType, runtimeType)
                || (conditionType is IGraphQLAbstractType abstractType && context.Schema.IsSubType(abstractType, runtimeType));
        }

        // Only literal conditions can be decided without variable values; variables count as "included".
        private static bool IsIncluded(Selection selection) =>
            LiteralCondition(selection, "skip") is not true && LiteralCondition(selection, "include") is not false;

        private static bool? LiteralCondition(Selection selection, string directiveName)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value != directiveName)
                {
                    continue;
                }

                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "if")
                    {
                        return argument.Value is BooleanValue boolean ? boolean.Value : null;
                    }
                }

                return null;
            }

            return null;
        }
    }
}
