using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        public override VisitAction Enter(Node node)
        {
            if (node is OperationDefinition operation)
            {
                foreach (var group in operation.VariableDefinitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
                {
                    var definitions = group.ToList();
                    if (definitions.Count > 1)
                    {
                        context.ReportError(
                            $"There can be only one variable named \"${group.Key}\".",
                            [.. definitions.Select(d => (Node)d.Variable.Name)]);
                    }
                }
            }

            return VisitAction.Continue;
        }
    }
}
