using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1 Required Arguments: non-null arguments without a default must be given.</summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [];
        private static readonly NodeKind[] Left = [NodeKind.Field, NodeKind.Directive];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly ValidationContext _context;

        // Directive name → its required arguments (name, printed type), in definition order.
        private readonly Dictionary<string, (string Name, string Type)[]> _requiredDirectiveArguments;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _requiredDirectiveArguments = DirectiveIndex.For(context.Schema, context.Document).RequiredArguments;
        }

        public override void Leave(Node node)
        {
            switch (node)
            {
                case Field field when _context.FieldDef is { } fieldDef:
                    foreach (var argument in fieldDef.Arguments)
                    {
                        if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                        {
                            _context.ReportError(
                                $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                                field);
                        }
                    }

                    break;
                case Directive directive when _requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var required):
                    foreach (var (name, type) in required)
                    {
                        if (!IsProvided(directive.Arguments, name))
                        {
                            _context.ReportError(
                                $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                                directive);
                        }
                    }

                    break;
            }
        }

        private static bool IsProvided(IReadOnlyList<Argument> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
