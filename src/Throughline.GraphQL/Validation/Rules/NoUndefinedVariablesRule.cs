using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3 All Variable Uses Defined (by the operation, including uses in spread fragments).</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];
        private static readonly NodeKind[] Left = [NodeKind.OperationDefinition];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinition:
                    _defined.Clear();
                    break;
                case VariableDefinition definition:
                    _defined.Add(definition.Variable.Name.Value);
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

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_defined.Contains(name))
                {
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        usage.Node,
                        operation);
                }
            }
        }
    }
}
