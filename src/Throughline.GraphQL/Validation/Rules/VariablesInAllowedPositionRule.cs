using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: a variable's type must fit every position it is used in; a
/// nullable variable may fill a non-null position only when it or the position has a default value.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];
        private static readonly NodeKind[] Left = [NodeKind.OperationDefinition];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly Dictionary<string, VariableDefinition> _definitions = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinition:
                    _definitions.Clear();
                    break;
                case VariableDefinition definition:
                    _definitions[definition.Variable.Name.Value] = definition;
                    break;
            }

            return VisitAction.Continue;
        }

        public override void Leave(Node node)
        {
            if (node is not OperationDefinition operation)
            {
                return;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                {
                    continue;
                }

                var variableType = TypeFromAst.Resolve(context.Schema, definition.Type);
                if (variableType is not null
                    && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.DefaultValue))
                {
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition,
                        usage.Node);
                }

                if (usage.ParentType is GraphQLInputObjectType { IsOneOf: true } oneOf
                    && variableType is not null and not GraphQLNonNull)
                {
                    context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf}\".",
                        definition,
                        usage.Node);
                }
            }
        }

        private bool IsAllowed(GraphQLType variableType, Value? variableDefault, GraphQLType locationType, Value? locationDefault)
        {
            if (locationType is GraphQLNonNull nonNullLocation && variableType is not GraphQLNonNull)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValue;
                if (!hasNonNullVariableDefault && locationDefault is null)
                {
                    return false;
                }

                return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }

            return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
