using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence and 5.8.2: type names used in the document must exist.</summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.NamedType];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);
        private List<string>? _typeNames;

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is ScalarTypeDefinition or ObjectTypeDefinition or InterfaceTypeDefinition
                    or UnionTypeDefinition or EnumTypeDefinition or InputObjectTypeDefinition)
                {
                    _definedTypes.Add(((TypeDefinition)definition).Name.Value);
                }
            }
        }

        public override VisitAction Enter(Node node)
        {
            if (node is not NamedType namedType)
            {
                return VisitAction.Continue;
            }

            var typeName = namedType.Name.Value;
            if (_context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName))
            {
                return VisitAction.Continue;
            }

            // The top-level definition holding the reference decides whether standard names are implied (SDL).
            var definition = _context.Ancestors.Count > 1 ? _context.Ancestors[1] : _context.Parent;
            var isSdl = definition is TypeSystemDefinition;
            if (isSdl && StandardTypeNames.Contains(typeName))
            {
                return VisitAction.Continue;
            }

            _typeNames ??= [.. _context.Schema.Types.Keys, .. _definedTypes];
            var suggestions = _context.HideSuggestions
                ? []
                : Suggestions.List(typeName, isSdl ? StandardTypeNames.Concat(_typeNames) : _typeNames);
            _context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), namedType);
            return VisitAction.Continue;
        }
    }
}
