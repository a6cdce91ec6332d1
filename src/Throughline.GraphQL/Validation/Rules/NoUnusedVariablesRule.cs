using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used (by the operation or a fragment it spreads).</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];
        private static readonly NodeKind[] Left = [NodeKind.OperationDefinition];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly List<VariableDefinition> _definitions = [];

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinition:
                    _definitions.Clear();
                    break;
                case VariableDefinition definition:
                    _definitions.Add(definition);
                    break;
            }

            return VisitAction.Continue;
        }

        public override void Leave(Node node)
        {
            if (node is not OperationDefinition operation)
            {
                return;
            }

            var used = context.GetRecursiveVariableUsages(operation)
                .Select(u => u.Node.Name.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition);
                }
            }
        }
    }
}
