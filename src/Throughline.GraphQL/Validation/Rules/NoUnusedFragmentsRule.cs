using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used (by some operation, directly or through other fragments).</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];
        private static readonly NodeKind[] Left = [NodeKind.Document];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly List<OperationDefinition> _operations = [];
        private readonly List<FragmentDefinition> _fragments = [];

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinition operation:
                    _operations.Add(operation);
                    return VisitAction.SkipChildren;
                case FragmentDefinition fragment:
                    _fragments.Add(fragment);
                    return VisitAction.SkipChildren;
                default:
                    return VisitAction.Continue;
            }
        }

        public override void Leave(Node node)
        {
            if (node is not Document)
            {
                return;
            }

            var used = context.GetRecursivelyReferencedFragmentsForOperations(_operations)
                .Select(f => f.Name.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
