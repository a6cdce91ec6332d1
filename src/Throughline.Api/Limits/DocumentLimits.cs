using System.Globalization;
using Throughline.Api.Configuration;
using Throughline.GraphQL;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Limits;

/// <summary>
/// Bounds what one operation may ask for, before the spec's validation runs: nesting depth, number of aliases and an
/// estimated cost. Cost: every field costs 1 (path-query fields <see cref="LimitOptions.PathQueryCost"/>), times the
/// product of the list sizes above it. A field with a <c>first</c> or <c>maxEntities</c> argument multiplies what is
/// below it by that argument (given or default); other list fields by <see cref="DefaultListSize"/>, except a
/// connection's <c>edges</c> (already counted by <c>first</c>) and introspection (bounded by the schema's size).
/// Fragments are expanded where they are spread; unknown fields and fragments are left to the spec's validation.
/// </summary>
public sealed class DocumentLimits(GraphQLSchema schema, LimitOptions limits)
{
    public const int DefaultListSize = 5;

    private static readonly HashSet<string> PathFields = ["paths", "shortestPaths", "neighborhood"];
    private static readonly string[] SizeArguments = ["first", "maxEntities"];

    /// <summary>Messages for each limit the selected operation exceeds (empty when within limits).</summary>
    public IReadOnlyList<GraphQLError> Check(Document document, OperationDefinition? operation, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fragments = document.Definitions.OfType<FragmentDefinition>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        foreach (var op in operation is null ? document.Definitions.OfType<OperationDefinition>() : [operation])
        {
            var walk = new Walk(schema, fragments, variables ?? new Dictionary<string, object?>(), limits.PathQueryCost);
            walk.Visit(op.SelectionSet, schema.GetRootType(op.Operation), depth: 1, multiplier: 1, []);
            var name = op.Name is { } n ? $"Operation \"{n.Value}\"" : "The operation";
            if (walk.MaxDepth > limits.MaxDepth)
            {
                errors.Add(Error($"{name} is nested {walk.MaxDepth} levels deep; the limit is {limits.MaxDepth}.", op, document));
            }

            if (walk.Aliases > limits.MaxAliases)
            {
                errors.Add(Error($"{name} uses {walk.Aliases} aliases; the limit is {limits.MaxAliases}.", op, document));
            }

            if (walk.Cost > limits.MaxComplexity)
            {
                errors.Add(Error(
                    $"{name} has an estimated cost of {walk.Cost:0}; the limit is {limits.MaxComplexity}. Ask for fewer items (first) or fewer nested lists.",
                    op,
                    document));
            }
        }

        return errors;
    }

    private static GraphQLError Error(string message, OperationDefinition operation, Document document) => new(message)
    {
        Locations = document.Source is { } source ? [source.GetLocation(operation.Location.Start)] : [],
    };

    private sealed class Walk(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinition> fragments,
        IReadOnlyDictionary<string, object?> variables,
        int pathQueryCost)
    {
        public int MaxDepth { get; private set; }

        public int Aliases { get; private set; }

        public double Cost { get; private set; }

        public void Visit(SelectionSet set, GraphQLNamedType? parent, int depth, double multiplier, HashSet<string> spreading)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case Field field:
                        VisitField(field, parent, depth, multiplier, spreading);
                        break;
                    case InlineFragment inline:
                        Visit(inline.SelectionSet, inline.TypeCondition is { } t ? TypeNamed(parent, t.Name.Value) : parent, depth, multiplier, spreading);
                        break;
                    case FragmentSpread spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && spreading.Add(spread.Name.Value):
                        Visit(fragment.SelectionSet, TypeNamed(parent, fragment.TypeCondition.Name.Value), depth, multiplier, spreading);
                        spreading.Remove(spread.Name.Value);
                        break;
                }
            }
        }

        private void VisitField(Field field, GraphQLNamedType? parent, int depth, double multiplier, HashSet<string> spreading)
        {
            MaxDepth = Math.Max(MaxDepth, depth);
            Aliases += field.Alias is null ? 0 : 1;
            var name = field.Name.Value;
            var definition = (parent as GraphQLFieldsType)?.GetField(name);
            Cost += multiplier * (parent is { Name: "Query" } && PathFields.Contains(name) ? pathQueryCost : 1);
            if (field.SelectionSet is null)
            {
                return;
            }

            var childMultiplier = multiplier * ListSize(field, definition);
            Visit(field.SelectionSet, definition?.Type.GetNamedType(), depth + 1, childMultiplier, spreading);
        }

        private double ListSize(Field field, GraphQLField? definition)
        {
            if (definition is null || field.Name.Value.StartsWith("__", StringComparison.Ordinal)
                || definition.Type.GetNamedType().Name.StartsWith("__", StringComparison.Ordinal))
            {
                return 1;
            }

            foreach (var argumentName in SizeArguments)
            {
                if (definition.Arguments.FirstOrDefault(a => a.Name == argumentName) is not { } argument)
                {
                    continue;
                }

                var given = field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)?.Value ?? argument.DefaultValue;
                return Math.Max(1, IntOf(given) ?? DefaultListSize);
            }

            return definition.Type.GetNullableType() is GraphQLList && field.Name.Value != "edges" ? DefaultListSize : 1;
        }

        private int? IntOf(Value? value) => value switch
        {
            IntValue i when int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            Variable v when variables.GetValueOrDefault(v.Name.Value) is long or int => Convert.ToInt32(variables[v.Name.Value], CultureInfo.InvariantCulture),
            _ => null,
        };

        private GraphQLNamedType? TypeNamed(GraphQLNamedType? fallback, string name) => schema.GetType(name) ?? fallback;
    }
}
