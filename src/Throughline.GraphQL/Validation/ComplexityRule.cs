using System.Globalization;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// Rejects operations whose estimated cost exceeds <see cref="ComplexityOptions.MaxComplexity"/>. A field
/// costs its own price plus, for each item it may return, the cost of its sub-selection; the item count of a
/// list field comes from its size argument (first/last/limit) or the default list size. Fragments count where
/// they are spread, and type-conditioned selections are all added up (an upper bound: validation cannot know
/// which types the data will have). Not a spec rule.
/// </summary>
public sealed class ComplexityRule : IValidationRule
{
    private readonly ComplexityOptions _options;

    public ComplexityRule(ComplexityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxComplexity, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.DefaultFieldCost, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.DefaultListSize, nameof(options));
        _options = options;
    }

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, _options);

    private sealed class Visitor(ValidationContext context, ComplexityOptions options) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
        private IReadOnlyList<VariableDefinition> _variables = [];
        private IReadOnlyDictionary<string, object?> _values = new Dictionary<string, object?>();

        public override VisitAction Enter(Node node)
        {
            if (node is OperationDefinition operation)
            {
                _fragmentCosts.Clear();
                _variables = operation.VariableDefinitions;
                _values = VariableValues(operation);
                var cost = Cost(operation.SelectionSet, context.Schema.GetRootType(operation.Operation));
                if (cost > options.MaxComplexity)
                {
                    context.ReportError(
                        $"{OperationWalk.Describe(operation)} has a complexity of {cost}, more than the maximum of {options.MaxComplexity}.",
                        operation);
                }
            }

            return node is OperationDefinition or FragmentDefinition ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        private long Cost(SelectionSet selectionSet, GraphQLNamedType? parentType)
        {
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var cost = selection switch
                {
                    Field field => FieldCost(field, parentType),
                    InlineFragment inline => Cost(
                        inline.SelectionSet, OperationWalk.ConditionType(context.Schema, inline.TypeCondition, parentType)),
                    FragmentSpread spread => FragmentCost(spread),
                    _ => 0,
                };
                total = OperationWalk.SaturatingAdd(total, cost);
            }

            return total;
        }

        private long FieldCost(Field field, GraphQLNamedType? parentType)
        {
            var name = field.Name.Value;
            var own = parentType is not null && options.FieldCosts.TryGetValue($"{parentType.Name}.{name}", out var configured)
                ? configured
                : options.DefaultFieldCost;
            var definition = parentType is null ? null : context.Schema.GetField(parentType, name);
            var type = definition?.Type;
            var children = field.SelectionSet is { } selectionSet ? Cost(selectionSet, type?.GetNamedType()) : 0;
            if (options.FieldCost is { } price && definition is not null
                && price(new FieldCostContext(parentType!.Name, definition, field, children, _values)) is { } priced)
            {
                return Math.Max(priced, 0);
            }

            if (field.SelectionSet is null)
            {
                return own;
            }

            var items = type?.GetNullableType() is GraphQLList ? ListSize(field, definition) : 1;
            return OperationWalk.SaturatingAdd(own, OperationWalk.SaturatingMultiply(items, children));
        }

        // The request's values with the operation's declared defaults filled in, as execution will coerce them.
        private IReadOnlyDictionary<string, object?> VariableValues(OperationDefinition operation)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in options.Variables ?? new Dictionary<string, object?>())
            {
                values[name] = value;
            }

            foreach (var definition in operation.VariableDefinitions)
            {
                if (definition.DefaultValue is { } fallback && !values.ContainsKey(definition.Variable.Name.Value))
                {
                    values[definition.Variable.Name.Value] = UntypedValue.FromAst(fallback);
                }
            }

            return values;
        }

        private long FragmentCost(FragmentSpread spread)
        {
            var name = spread.Name.Value;
            if (_fragmentCosts.TryGetValue(name, out var cached))
            {
                return cached;
            }

            if (context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
            {
                return 0;
            }

            var cost = Cost(fragment.SelectionSet, TypeFromAst.Resolve(context.Schema, fragment.TypeCondition) as GraphQLNamedType);
            _inProgress.Remove(name);
            _fragmentCosts[name] = cost;
            return cost;
        }

        // The size an argument will have at execution: the literal, else the variable's value from the request
        // (when the options carry them), else the variable's default, else the schema's default for the argument.
        private long ListSize(Field field, GraphQLField? definition)
        {
            foreach (var argumentName in options.ListSizeArguments)
            {
                var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
                var schemaDefault = definition?.GetArgument(argumentName)?.DefaultValue;
                if (argument is not null && SizeOf(argument.Value) is { } given)
                {
                    return given;
                }

                if (schemaDefault is not null && SizeOf(schemaDefault) is { } fallback)
                {
                    return fallback;
                }

                if (argument is not null)
                {
                    return options.DefaultListSize;
                }
            }

            return options.DefaultListSize;
        }

        private long? SizeOf(Value value)
        {
            if (value is Variable variable)
            {
                var variableName = variable.Name.Value;
                if (options.Variables is { } values && values.TryGetValue(variableName, out var provided))
                {
                    return provided switch
                    {
                        int i => Math.Max(i, 0),
                        long l => Math.Max(l, 0),
                        double d when d == Math.Floor(d) && !double.IsInfinity(d) => (long)Math.Clamp(d, 0, long.MaxValue),
                        decimal m when m == decimal.Floor(m) => (long)Math.Clamp(m, 0, long.MaxValue),
                        _ => null, // null or a value coercion will refuse: the argument's default (or the default size) applies
                    };
                }

                var declared = _variables.FirstOrDefault(d => d.Variable.Name.Value == variableName)?.DefaultValue;
                if (declared is null)
                {
                    return null;
                }

                value = declared;
            }

            return value is IntValue size && long.TryParse(size.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? Math.Max(n, 0)
                : null;
        }
    }
}
