using System.Text;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class Checker
    {
        // Whether two selections with the same response name can merge; the conflict (with its reason) if not.
        private Conflict? FindConflict(
            bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
        {
            var node1 = details1.Node;
            var node2 = details2.Node;
            var def1 = details1.Definition;
            var def2 = details2.Definition;

            // Fields on two different object types can never both apply; only their shapes must merge.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(details1.ParentType, details2.ParentType)
                    && details1.ParentType is GraphQLObjectType
                    && details2.ParentType is GraphQLObjectType);
            SpendComplexityBudget(2);

            if (details1.IsSimpleLeaf && details2.IsSimpleLeaf
                && ReferenceEquals(def1?.Type, def2?.Type) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!areMutuallyExclusive)
            {
                var info1 = GetFieldInfo(details1);
                var info2 = GetFieldInfo(details2);
                if (!info1.Comparisons.TryGetValue(info2, out var reason))
                {
                    var name1 = node1.Name.Value;
                    var name2 = node2.Name.Value;
                    reason = name1 != name2
                        ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                        : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                    info1.Comparisons[info2] = reason;
                }

                if (reason is not null)
                {
                    return new Conflict(responseName, reason, [node1], [node2]);
                }
            }

            var type1 = def1?.Type;
            var type2 = def2?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                var info1 = GetFieldInfo(details1);
                var info2 = GetFieldInfo(details2);
                info1.TypeString ??= type1.ToString();
                info2.TypeString ??= type2.ToString();
                return new Conflict(
                    responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive,
                    GetFieldInfo(details1).NamedType,
                    selectionSet1,
                    GetFieldInfo(details2).NamedType,
                    selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }

            return null;
        }

        private static FieldInfo GetFieldInfo(FieldDetails details) =>
            details.Info ??= new FieldInfo(
                details.Definition?.Type.GetNamedType(),
                details.Node.Arguments.Count == 0 ? null : new ArgumentInfo(details.Node.Arguments));

        private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
        {
            if (arguments1 is null)
            {
                return arguments2 is null;
            }

            if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
            {
                return false;
            }

            foreach (var argument1 in arguments1.Nodes)
            {
                SpendComplexityBudget(1);
                if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2)
                    || Stringify(argument1.Value) != Stringify(value2))
                {
                    return false;
                }
            }

            return true;
        }

        // A canonical text of a literal with graphql-js's notion of equality: object fields in name order,
        // ints and floats distinct, block strings distinct from quoted ones.
        private string Stringify(Value value)
        {
            if (_stringifiedValues.TryGetValue(value, out var cached))
            {
                return cached;
            }

            var builder = new StringBuilder();
            Append(builder, value);
            var result = builder.ToString();
            _stringifiedValues[value] = result;
            return result;
        }

        private static void Append(StringBuilder builder, Value value)
        {
            switch (value)
            {
                case Variable variable:
                    builder.Append("$V(").Append(Printer.PrintString(variable.Name.Value)).Append(')');
                    break;
                case ObjectValue obj:
                    builder.Append("O{");
                    foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(Printer.PrintString(field.Name.Value)).Append(':');
                        Append(builder, field.Value);
                        builder.Append(',');
                    }

                    builder.Append('}');
                    break;
                case ListValue list:
                    builder.Append("L[");
                    foreach (var item in list.Values)
                    {
                        Append(builder, item);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    break;
                case StringValue s:
                    builder.Append(s.Block ? "B" : "S").Append(Printer.PrintString(s.Value));
                    break;
                case IntValue i:
                    builder.Append("I:").Append(i.Value);
                    break;
                case FloatValue f:
                    builder.Append("F:").Append(f.Value);
                    break;
                case BooleanValue b:
                    builder.Append(b.Value ? "true" : "false");
                    break;
                case EnumValue e:
                    builder.Append("E:").Append(e.Value);
                    break;
                case NullValue:
                    builder.Append("null");
                    break;
            }
        }

        // Two types conflict when no value could be of both (wrappers must match; leaf types must be the same).
        private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            SpendComplexityBudget(1);
            if (type1 is GraphQLList list1)
            {
                return type2 is not GraphQLList list2 || DoTypesConflict(list1.OfType, list2.OfType);
            }

            if (type2 is GraphQLList)
            {
                return true;
            }

            if (type1 is GraphQLNonNull nonNull1)
            {
                return type2 is not GraphQLNonNull nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            }

            if (type2 is GraphQLNonNull)
            {
                return true;
            }

            return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, Field node1, Field node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                message.Append(message.Length == 0 ? string.Empty : " and ")
                    .Append($"subfields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                MaybeAbbreviate(message.ToString()),
                CollectConflictNodes(node1, conflicts, c => c.Fields1),
                CollectConflictNodes(node2, conflicts, c => c.Fields2));
        }

        // The enclosing field first, then the conflicting sub-fields, at most MaxConflictNodes in all.
        private static List<Field> CollectConflictNodes(Field node, List<Conflict> conflicts, Func<Conflict, IReadOnlyList<Field>> side)
        {
            var nodes = new List<Field> { node };
            foreach (var conflict in conflicts)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                var fields = side(conflict);
                nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }
    }
}
