using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// The single depth-first walk of a validation run: every rule's visitor sees every node in document order,
/// rules in the order given, with the <see cref="TypeInfo"/> kept in step — graphql-js
/// <c>visit(document, visitWithTypeInfo(typeInfo, visitInParallel(rules)))</c>. A visitor that skips a node
/// is left out until the walk leaves that node; the other visitors carry on.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly ValidationVisitor[] _visitors;
    private readonly Node?[] _skipping;
    private readonly TypeInfo _typeInfo;
    private readonly List<Node> _ancestors;

    public DocumentWalker(ValidationVisitor[] visitors, TypeInfo typeInfo, List<Node> ancestors)
    {
        _visitors = visitors;
        _skipping = new Node?[visitors.Length];
        _typeInfo = typeInfo;
        _ancestors = ancestors;
    }

    public void Walk(Node node)
    {
        _typeInfo.Enter(node);
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null && _visitors[i].Enter(node) == VisitAction.SkipChildren)
            {
                _skipping[i] = node;
            }
        }

        _ancestors.Add(node);
        ForEachChild(node, this, static (child, walker) => walker.Walk(child));
        _ancestors.RemoveAt(_ancestors.Count - 1);

        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null)
            {
                _visitors[i].Leave(node);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        _typeInfo.Leave(node);
    }

    /// <summary>
    /// Calls <paramref name="action"/> for each child of <paramref name="node"/> in graphql-js's visiting order
    /// (QueryDocumentKeys). Names and descriptions are not visited: no rule looks at them.
    /// </summary>
    public static void ForEachChild<TState>(Node node, TState state, Action<Node, TState> action)
    {
        switch (node)
        {
            case Document document:
                Each(document.Definitions, state, action);
                break;
            case OperationDefinition operation:
                Each(operation.VariableDefinitions, state, action);
                Each(operation.Directives, state, action);
                action(operation.SelectionSet, state);
                break;
            case VariableDefinition variable:
                action(variable.Variable, state);
                action(variable.Type, state);
                Optional(variable.DefaultValue, state, action);
                Each(variable.Directives, state, action);
                break;
            case SelectionSet selectionSet:
                Each(selectionSet.Selections, state, action);
                break;
            case Field field:
                Each(field.Arguments, state, action);
                Each(field.Directives, state, action);
                Optional(field.SelectionSet, state, action);
                break;
            case Argument argument:
                action(argument.Value, state);
                break;
            case FragmentSpread spread:
                Each(spread.Directives, state, action);
                break;
            case InlineFragment inline:
                Optional(inline.TypeCondition, state, action);
                Each(inline.Directives, state, action);
                action(inline.SelectionSet, state);
                break;
            case FragmentDefinition fragment:
                action(fragment.TypeCondition, state);
                Each(fragment.Directives, state, action);
                action(fragment.SelectionSet, state);
                break;
            case ListValue list:
                Each(list.Values, state, action);
                break;
            case ObjectValue obj:
                Each(obj.Fields, state, action);
                break;
            case ObjectField objectField:
                action(objectField.Value, state);
                break;
            case Directive directive:
                Each(directive.Arguments, state, action);
                break;
            case ListType listType:
                action(listType.Type, state);
                break;
            case NonNullType nonNullType:
                action(nonNullType.Type, state);
                break;
            default:
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
