using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections: scalars and enums have no selection, everything else needs one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
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
            if (node is not Field field || context.Type is not { } type)
            {
                return VisitAction.Continue;
            }

            var fieldName = field.Name.Value;
            if (type.GetNamedType().IsLeafType)
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                        selectionSet);
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    field);
            }
            else if (field.SelectionSet.Selections.Count == 0)
            {
                context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
            }

            return VisitAction.Continue;
        }
    }
}
