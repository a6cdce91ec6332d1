using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.InlineFragment, NodeKind.FragmentDefinition];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case InlineFragment { TypeCondition: { } condition } when IsNonComposite(condition):
                    context.ReportError(
                        $"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                    break;
                case FragmentDefinition fragment when IsNonComposite(fragment.TypeCondition):
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                        fragment.TypeCondition);
                    break;
            }

            return VisitAction.Continue;
        }

        private bool IsNonComposite(NamedType condition) =>
            TypeFromAst.Resolve(context.Schema, condition) is { IsCompositeType: false };
    }
}
