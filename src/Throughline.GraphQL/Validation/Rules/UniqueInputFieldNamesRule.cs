using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.ObjectValue, NodeKind.ObjectField];
        private static readonly NodeKind[] Left = [NodeKind.ObjectValue];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly Stack<Dictionary<string, Name>> _knownNameStack = new();
        private Dictionary<string, Name> _knownNames = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case ObjectValue:
                    _knownNameStack.Push(_knownNames);
                    _knownNames = new Dictionary<string, Name>(StringComparer.Ordinal);
                    break;
                case ObjectField field:
                    var name = field.Name.Value;
                    if (_knownNames.TryGetValue(name, out var first))
                    {
                        context.ReportError($"There can be only one input field named \"{name}\".", first, field.Name);
                    }
                    else
                    {
                        _knownNames[name] = field.Name;
                    }

                    break;
            }

            return VisitAction.Continue;
        }

        public override void Leave(Node node)
        {
            if (node is ObjectValue)
            {
                _knownNames = _knownNameStack.Pop();
            }
        }
    }
}
