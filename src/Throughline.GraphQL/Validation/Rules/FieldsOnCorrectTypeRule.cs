using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: a selected field must exist on the parent type. Suggests the types that do
/// define it (for abstract parents) or similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.Field];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        public override VisitAction Enter(Node node)
        {
            if (node is not Field field || context.ParentType is not { } type || context.FieldDef is not null)
            {
                return VisitAction.Continue;
            }

            var fieldName = field.Name.Value;
            var suggestion = Suggestions.DidYouMean(
                context.HideSuggestions ? [] : SuggestedTypeNames(context.Schema, type, fieldName),
                "to use an inline fragment on");
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
            }

            context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, field);
            return VisitAction.Continue;
        }

        // The implementations and interfaces defining the field, most used first, super types before sub types.
        private static List<string> SuggestedTypeNames(GraphQLSchema schema, GraphQLNamedType type, string fieldName)
        {
            if (type is not IGraphQLAbstractType abstractType)
            {
                return [];
            }

            var suggested = new List<GraphQLFieldsType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(abstractType))
            {
                if (possibleType.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(possibleType))
                {
                    suggested.Add(possibleType);
                }

                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null)
                    {
                        continue;
                    }

                    if (!suggested.Contains(possibleInterface))
                    {
                        suggested.Add(possibleInterface);
                    }

                    usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
                }
            }

            StableSort.Sort(suggested, (a, b) =>
            {
                var usageDiff = usageCount[b.Name] - usageCount[a.Name];
                if (usageDiff != 0)
                {
                    return usageDiff;
                }

                if (a is GraphQLInterfaceType aInterface && schema.IsSubType(aInterface, b))
                {
                    return -1;
                }

                if (b is GraphQLInterfaceType bInterface && schema.IsSubType(bInterface, a))
                {
                    return 1;
                }

                return Suggestions.NaturalCompare(a.Name, b.Name);
            });
            return suggested.ConvertAll(t => t.Name);
        }

        private static IReadOnlyList<string> SuggestedFieldNames(GraphQLNamedType type, string fieldName) =>
            type is GraphQLFieldsType fieldsType ? Suggestions.List(fieldName, fieldsType.Fields.Keys) : [];
    }
}
