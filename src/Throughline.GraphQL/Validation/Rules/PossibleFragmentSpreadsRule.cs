using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: the fragment's type must overlap the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.InlineFragment, NodeKind.FragmentSpread];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case InlineFragment inline:
                    if (context.Type is GraphQLNamedType { IsCompositeType: true } fragmentType
                        && context.ParentType is { IsCompositeType: true } parentType
                        && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(
                            $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                            inline);
                    }

                    break;
                case FragmentSpread spread:
                    var name = spread.Name.Value;
                    if (FragmentType(name) is { } spreadType
                        && context.ParentType is { } spreadParent
                        && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, spreadParent))
                    {
                        context.ReportError(
                            $"Fragment \"{name}\" cannot be spread here as objects of type \"{spreadParent}\" can never be of type \"{spreadType}\".",
                            spread);
                    }

                    break;
            }

            return VisitAction.Continue;
        }

        private GraphQLNamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && TypeFromAst.Resolve(context.Schema, fragment.TypeCondition) is GraphQLNamedType { IsCompositeType: true } type
                ? type
                : null;
    }
}
