using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.Document];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        public override VisitAction Enter(Node node)
        {
            if (node is not Document document)
            {
                return VisitAction.Continue;
            }

            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinition)
                {
                    continue;
                }

                var name = definition switch
                {
                    SchemaDefinition or SchemaExtension => "schema",
                    TypeDefinition type => $"\"{type.Name.Value}\"",
                    DirectiveDefinition directive => $"\"{directive.Name.Value}\"",
                    _ => $"\"{definition.GetType().Name}\"",
                };
                context.ReportError($"The {name} definition is not executable.", definition);
            }

            return VisitAction.SkipChildren;
        }
    }
}
