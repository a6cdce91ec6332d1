using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: arguments must be defined by the field or directive.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.Directive, NodeKind.Argument];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly ValidationContext _context;
        private readonly Dictionary<string, string[]> _directiveArguments;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _directiveArguments = DirectiveIndex.For(context.Schema, context.Document).ArgumentNames;
        }

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case Directive directive:
                    CheckDirective(directive);

                    // Directive arguments are fully checked here; the field check below must not see them.
                    return VisitAction.SkipChildren;
                case Argument argument when _context.Argument is null
                    && _context.FieldDef is { } fieldDef
                    && _context.ParentType is { } parentType:
                    var name = argument.Name.Value;
                    var suggestions = _context.HideSuggestions
                        ? []
                        : Suggestions.List(name, fieldDef.Arguments.Select(a => a.Name));
                    _context.ReportError(
                        $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions),
                        argument);
                    break;
            }

            return VisitAction.Continue;
        }

        private void CheckDirective(Directive directive)
        {
            var directiveName = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(directiveName, out var known))
            {
                return;
            }

            foreach (var argument in directive.Arguments)
            {
                var name = argument.Name.Value;
                if (known.Contains(name))
                {
                    continue;
                }

                var suggestions = _context.HideSuggestions ? [] : Suggestions.List(name, known);
                _context.ReportError(
                    $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions),
                    argument);
            }
        }
    }
}
