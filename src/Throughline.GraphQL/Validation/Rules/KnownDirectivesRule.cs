using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.Directive];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly ValidationContext _context;
        private readonly Dictionary<string, string[]> _locations;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _locations = DirectiveIndex.For(context.Schema, context.Document).Locations;
        }

        public override VisitAction Enter(Node node)
        {
            if (node is not Directive directive)
            {
                return VisitAction.Continue;
            }

            var name = directive.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                _context.ReportError($"Unknown directive \"@{name}\".", directive);
                return VisitAction.Continue;
            }

            if (CandidateLocation() is { } candidate && !locations.Contains(candidate))
            {
                _context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", directive);
            }

            return VisitAction.Continue;
        }

        // The location of the node the directive is applied to (its parent in the walk).
        private string? CandidateLocation()
        {
            var ancestors = _context.Ancestors;
            var appliedTo = ancestors[^1];
            var location = appliedTo switch
            {
                OperationDefinition operation => operation.Operation switch
                {
                    OperationType.Query => DirectiveLocation.Query,
                    OperationType.Mutation => DirectiveLocation.Mutation,
                    _ => DirectiveLocation.Subscription,
                },
                Field => DirectiveLocation.Field,
                FragmentSpread => DirectiveLocation.FragmentSpread,
                InlineFragment => DirectiveLocation.InlineFragment,
                FragmentDefinition => DirectiveLocation.FragmentDefinition,
                VariableDefinition => DirectiveLocation.VariableDefinition,
                SchemaDefinition or SchemaExtension => DirectiveLocation.Schema,
                ScalarTypeDefinition or ScalarTypeExtension => DirectiveLocation.Scalar,
                ObjectTypeDefinition or ObjectTypeExtension => DirectiveLocation.Object,
                FieldDefinition => DirectiveLocation.FieldDefinition,
                InterfaceTypeDefinition or InterfaceTypeExtension => DirectiveLocation.Interface,
                UnionTypeDefinition or UnionTypeExtension => DirectiveLocation.Union,
                EnumTypeDefinition or EnumTypeExtension => DirectiveLocation.Enum,
                EnumValueDefinition => DirectiveLocation.EnumValue,
                InputObjectTypeDefinition or InputObjectTypeExtension => DirectiveLocation.InputObject,

                // graphql-js checks for an input object *definition* only: fields of input extensions count
                // as argument definitions there, and so they do here.
                InputValueDefinition => ancestors[^2] is InputObjectTypeDefinition
                    ? DirectiveLocation.InputFieldDefinition
                    : DirectiveLocation.ArgumentDefinition,
                DirectiveDefinition => DirectiveLocation.DirectiveDefinition,
                _ => (DirectiveLocation?)null,
            };
            return location?.ToSpecName();
        }
    }
}
