using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// The children of each kind of syntax node in graphql-js's visiting order (QueryDocumentKeys), without
/// allocating: the validation walk and the variable-usage walk both enumerate through here.
/// </summary>
internal static class AstChildren
{
    /// <summary>
    /// Calls <paramref name="action"/> for each child of <paramref name="node"/> (of the given kind) in
    /// graphql-js's visiting order. Names and descriptions are not visited: no rule looks at them.
    /// </summary>
    public static void ForEach<TState>(Node node, NodeKind kind, TState state, Action<Node, TState> action)
    {
        switch (kind)
        {
            case NodeKind.Document:
                Each(((Document)node).Definitions, state, action);
                break;
            case NodeKind.OperationDefinition:
                var operation = (OperationDefinition)node;
                Each(operation.VariableDefinitions, state, action);
                Each(operation.Directives, state, action);
                action(operation.SelectionSet, state);
                break;
            case NodeKind.VariableDefinition:
                var variable = (VariableDefinition)node;
                action(variable.Variable, state);
                action(variable.Type, state);
                Optional(variable.DefaultValue, state, action);
                Each(variable.Directives, state, action);
                break;
            case NodeKind.SelectionSet:
                Each(((SelectionSet)node).Selections, state, action);
                break;
            case NodeKind.Field:
                var field = (Field)node;
                Each(field.Arguments, state, action);
                Each(field.Directives, state, action);
                Optional(field.SelectionSet, state, action);
                break;
            case NodeKind.Argument:
                action(((Argument)node).Value, state);
                break;
            case NodeKind.FragmentSpread:
                Each(((FragmentSpread)node).Directives, state, action);
                break;
            case NodeKind.InlineFragment:
                var inline = (InlineFragment)node;
                Optional(inline.TypeCondition, state, action);
                Each(inline.Directives, state, action);
                action(inline.SelectionSet, state);
                break;
            case NodeKind.FragmentDefinition:
                var fragment = (FragmentDefinition)node;
                action(fragment.TypeCondition, state);
                Each(fragment.Directives, state, action);
                action(fragment.SelectionSet, state);
                break;
            case NodeKind.ListValue:
                Each(((ListValue)node).Values, state, action);
                break;
            case NodeKind.ObjectValue:
                Each(((ObjectValue)node).Fields, state, action);
                break;
            case NodeKind.ObjectField:
                action(((ObjectField)node).Value, state);
                break;
            case NodeKind.Directive:
                Each(((Directive)node).Arguments, state, action);
                break;
            case NodeKind.ListType:
                action(((ListType)node).Type, state);
                break;
            case NodeKind.NonNullType:
                action(((NonNullType)node).Type, state);
                break;
            case NodeKind.TypeSystem:
                ForEachTypeSystemChild(node, state, action);
                break;
        }
    }

    private static void ForEachTypeSystemChild<TState>(Node node, TState state, Action<Node, TState> action)
    {
        switch (node)
        {
            case SchemaDefinition schema:
                Each(schema.Directives, state, action);
                Each(schema.OperationTypes, state, action);
                break;
            case SchemaExtension schema:
                Each(schema.Directives, state, action);
                Each(schema.OperationTypes, state, action);
                break;
            case OperationTypeDefinition operationType:
                action(operationType.Type, state);
                break;
            case ScalarTypeDefinition or ScalarTypeExtension:
                Each(((TypeDefinition)node).Directives, state, action);
                break;
            case ObjectTypeDefinition type:
                FieldsType(type.Interfaces, type.Directives, type.Fields, state, action);
                break;
            case ObjectTypeExtension type:
                FieldsType(type.Interfaces, type.Directives, type.Fields, state, action);
                break;
            case InterfaceTypeDefinition type:
                FieldsType(type.Interfaces, type.Directives, type.Fields, state, action);
                break;
            case InterfaceTypeExtension type:
                FieldsType(type.Interfaces, type.Directives, type.Fields, state, action);
                break;
            case FieldDefinition field:
                Each(field.Arguments, state, action);
                action(field.Type, state);
                Each(field.Directives, state, action);
                break;
            case InputValueDefinition inputValue:
                action(inputValue.Type, state);
                Optional(inputValue.DefaultValue, state, action);
                Each(inputValue.Directives, state, action);
                break;
            case UnionTypeDefinition union:
                Each(union.Directives, state, action);
                Each(union.Types, state, action);
                break;
            case UnionTypeExtension union:
                Each(union.Directives, state, action);
                Each(union.Types, state, action);
                break;
            case EnumTypeDefinition enumType:
                Each(enumType.Directives, state, action);
                Each(enumType.Values, state, action);
                break;
            case EnumTypeExtension enumType:
                Each(enumType.Directives, state, action);
                Each(enumType.Values, state, action);
                break;
            case EnumValueDefinition enumValue:
                Each(enumValue.Directives, state, action);
                break;
            case InputObjectTypeDefinition input:
                Each(input.Directives, state, action);
                Each(input.Fields, state, action);
                break;
            case InputObjectTypeExtension input:
                Each(input.Directives, state, action);
                Each(input.Fields, state, action);
                break;
            case DirectiveDefinition directive:
                Each(directive.Arguments, state, action);
                break;
        }
    }

    private static void FieldsType<TState>(
        IReadOnlyList<NamedType> interfaces,
        IReadOnlyList<Directive> directives,
        IReadOnlyList<FieldDefinition> fields,
        TState state,
        Action<Node, TState> action)
    {
        Each(interfaces, state, action);
        Each(directives, state, action);
        Each(fields, state, action);
    }

    private static void Each<TNode, TState>(IReadOnlyList<TNode> nodes, TState state, Action<Node, TState> action)
        where TNode : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            action(nodes[i], state);
        }
    }

    private static void Optional<TState>(Node? node, TState state, Action<Node, TState> action)
    {
        if (node is not null)
        {
            action(node, state);
        }
    }
}
