using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: literals must coerce to the input type at their position (scalars and
/// enums decide through their literal parsing, whose errors are reported as they are), input objects must
/// give their required fields and only known ones, and OneOf input objects exactly one non-null field.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.ListValue, NodeKind.ObjectValue, NodeKind.ObjectField, NodeKind.NullValue, NodeKind.EnumValue, NodeKind.IntValue, NodeKind.FloatValue, NodeKind.StringValue, NodeKind.BooleanValue];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case ListValue list:
                    if (context.ParentInputType?.GetNullableType() is not GraphQLList)
                    {
                        CheckLeafValue(list);
                        return VisitAction.SkipChildren;
                    }

                    break;
                case ObjectValue obj:
                    if (context.InputType?.GetNamedType() is not GraphQLInputObjectType inputObject)
                    {
                        CheckLeafValue(obj);
                        return VisitAction.SkipChildren;
                    }

                    CheckObject(obj, inputObject);
                    break;
                case ObjectField field:
                    CheckObjectField(field);
                    break;
                case NullValue when context.InputType is GraphQLNonNull nonNull:
                    context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                    break;
                case EnumValue or IntValue or FloatValue or StringValue or BooleanValue:
                    CheckLeafValue((Value)node);
                    break;
            }

            return VisitAction.Continue;
        }

        private void CheckObject(ObjectValue obj, GraphQLInputObjectType type)
        {
            var given = new Dictionary<string, ObjectField>(StringComparer.Ordinal);
            foreach (var field in obj.Fields)
            {
                given[field.Name.Value] = field;
            }

            foreach (var fieldDef in type.Fields.Values)
            {
                if (!given.ContainsKey(fieldDef.Name) && fieldDef.IsRequired)
                {
                    context.ReportError(
                        $"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", obj);
                }
            }

            if (type.IsOneOf)
            {
                CheckOneOf(obj, type, given);
            }
        }

        private void CheckOneOf(ObjectValue obj, GraphQLInputObjectType type, Dictionary<string, ObjectField> given)
        {
            if (given.Count != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
                return;
            }

            var (name, field) = given.First();
            if (field.Value is NullValue)
            {
                context.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", obj);
            }
        }

        private void CheckObjectField(ObjectField field)
        {
            if (context.InputType is not null
                || context.ParentInputType?.GetNamedType() is not GraphQLInputObjectType parentType)
            {
                return;
            }

            var suggestions = context.HideSuggestions ? [] : Suggestions.List(field.Name.Value, parentType.Fields.Keys);
            context.ReportError(
                $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                field);
        }

        // graphql-js isValidValueNode: leaf types judge the literal by parsing it.
        private void CheckLeafValue(Value value)
        {
            if (context.InputType is not { } locationType)
            {
                return;
            }

            var type = locationType.GetNamedType();
            if (!type.IsLeafType)
            {
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(value)}.", value);
                return;
            }

            if (type is GraphQLEnumType hiddenEnum && context.HideSuggestions)
            {
                CheckEnumWithoutSuggestions(value, hiddenEnum);
                return;
            }

            try
            {
                _ = type is GraphQLEnumType enumType
                    ? enumType.ParseLiteral(value)
                    : ((GraphQLScalarType)type).ParseLiteral(value);
            }
            catch (GraphQLCoercionException error)
            {
                context.ReportError(
                    error.Node is { } errorNode ? context.CreateError(error.Message, [errorNode]) : new GraphQLError(error.Message));
            }
#pragma warning disable CA1031 // A custom scalar's literal parser may throw anything; it is a validation error, not a crash.
            catch (Exception error)
#pragma warning restore CA1031
            {
                context.ReportError(
                    $"Expected value of type \"{locationType}\", found {Printer.Print(value)}; {error.Message}", value);
            }
        }

        // The enum's literal errors as graphql-js words them when suggestions are hidden.
        private void CheckEnumWithoutSuggestions(Value value, GraphQLEnumType type)
        {
            if (value is not EnumValue enumValue)
            {
                context.ReportError($"Enum \"{type.Name}\" cannot represent non-enum value: {Printer.Print(value)}.", value);
            }
            else if (type.GetValue(enumValue.Value) is null)
            {
                context.ReportError($"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum.", value);
            }
        }
    }
}
