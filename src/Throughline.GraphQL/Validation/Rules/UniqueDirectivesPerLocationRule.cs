using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 Directives Are Unique Per Location (unless repeatable). A type's definition and its extensions
/// share one location, as do the schema definition and its extensions.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition, NodeKind.VariableDefinition, NodeKind.Field, NodeKind.FragmentSpread, NodeKind.InlineFragment, NodeKind.FragmentDefinition, NodeKind.TypeSystem];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _unique;
        private readonly Dictionary<string, Directive> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, Directive>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            _unique = DirectiveIndex.For(context.Schema, context.Document).Unique;
        }

        public override VisitAction Enter(Node node)
        {
            var directives = DirectivesOf(node);
            if (directives is null || directives.Count == 0)
            {
                return VisitAction.Continue;
            }

            Dictionary<string, Directive> seen;
            switch (node)
            {
                case SchemaDefinition or SchemaExtension:
                    seen = _schemaDirectives;
                    break;
                case TypeDefinition type:
                    if (!_typeDirectives.TryGetValue(type.Name.Value, out seen!))
                    {
                        seen = new Dictionary<string, Directive>(StringComparer.Ordinal);
                        _typeDirectives[type.Name.Value] = seen;
                    }

                    break;
                default:
                    seen = new Dictionary<string, Directive>(StringComparer.Ordinal);
                    break;
            }

            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_unique.GetValueOrDefault(name))
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    _context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return VisitAction.Continue;
        }

        private static IReadOnlyList<Directive>? DirectivesOf(Node node) => node switch
        {
            ExecutableDefinition definition => definition.Directives,
            Selection selection => selection.Directives,
            VariableDefinition variable => variable.Directives,
            TypeSystemDefinition definition => definition.Directives,
            FieldDefinition field => field.Directives,
            InputValueDefinition inputValue => inputValue.Directives,
            EnumValueDefinition enumValue => enumValue.Directives,
            _ => null,
        };
    }
}
