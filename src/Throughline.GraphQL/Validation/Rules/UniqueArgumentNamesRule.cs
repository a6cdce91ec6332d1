using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness (on fields and directives).</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.Field, NodeKind.Directive];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        public override VisitAction Enter(Node node)
        {
            var arguments = node switch
            {
                Field field => field.Arguments,
                Directive directive => directive.Arguments,
                _ => null,
            };
            if (arguments is not { Count: > 1 })
            {
                return VisitAction.Continue;
            }

            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                var nodes = group.Select(a => (Node)a.Name).ToArray();
                if (nodes.Length > 1)
                {
                    context.ReportError($"There can be only one argument named \"{group.Key}\".", nodes);
                }
            }

            return VisitAction.Continue;
        }
    }
}
