using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: the query shorthand only when it is the sole operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.Document, NodeKind.OperationDefinition];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private int _operationCount;

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case Document document:
                    _operationCount = document.Definitions.Count(d => d is OperationDefinition);
                    break;
                case OperationDefinition { Name: null } when _operationCount > 1:
                    context.ReportError("This anonymous operation must be the only defined operation.", node);
                    break;
            }

            return VisitAction.Continue;
        }
    }
}
