using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk, the output type, parent composite type, input type, field, directive, argument and
/// enum value at the current node — a port of graphql-js TypeInfo. Unknown or mismatched types are tracked as
/// null so rules can tell "no information" apart from a real type.
/// </summary>
public sealed class TypeInfo(GraphQLSchema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLNamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<GraphQLField?> _fieldDefStack = [];
    private readonly List<Value?> _defaultValueStack = [];

    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose fields the current selection set selects.</summary>
    public GraphQLNamedType? ParentType => Top(_parentTypeStack);

    public GraphQLType? InputType => Top(_inputTypeStack);

    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public GraphQLField? FieldDef => Top(_fieldDefStack);

    /// <summary>Default value of the argument or input field at the current position; null when it has none.</summary>
    public Value? DefaultValue => Top(_defaultValueStack);

    public GraphQLDirective? Directive { get; private set; }

    public GraphQLArgument? Argument { get; private set; }

    public GraphQLEnumValue? EnumValue { get; private set; }

    public void Enter(Node node) => Enter(node, NodeKinds.Of(node));

    public void Leave(Node node) => Leave(node, NodeKinds.Of(node));

    internal void Enter(Node node, NodeKind kind)
    {
        switch (kind)
        {
            case NodeKind.SelectionSet:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                break;
            case NodeKind.Field:
                EnterField((Field)node);
                break;
            case NodeKind.Directive:
                Directive = FindDirective(((Language.Directive)node).Name.Value);
                break;
            case NodeKind.OperationDefinition:
                _typeStack.Add(schema.GetRootType(((OperationDefinition)node).Operation));
                break;
            case NodeKind.InlineFragment:
                var conditionType = ((InlineFragment)node).TypeCondition is { } condition
                    ? TypeFromAst.Resolve(schema, condition)
                    : Type?.GetNamedType();
                _typeStack.Add(conditionType is { IsOutputType: true } ? conditionType : null);
                break;
            case NodeKind.FragmentDefinition:
                var fragmentType = TypeFromAst.Resolve(schema, ((FragmentDefinition)node).TypeCondition);
                _typeStack.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case NodeKind.VariableDefinition:
                var inputType = TypeFromAst.Resolve(schema, ((VariableDefinition)node).Type);
                _inputTypeStack.Add(inputType is { IsInputType: true } ? inputType : null);
                break;
            case NodeKind.Argument:
                EnterArgument((Language.Argument)node);
                break;
            case NodeKind.ListValue:
                var listType = InputType?.GetNullableType();
                var itemType = listType is GraphQLList list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case NodeKind.ObjectField:
                var inputField = (InputType?.GetNamedType() as GraphQLInputObjectType)?.GetField(((ObjectField)node).Name.Value);
                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } fieldType ? fieldType : null);
                break;
            case NodeKind.EnumValue:
                EnumValue = (InputType?.GetNamedType() as GraphQLEnumType)?.GetValue(((Language.EnumValue)node).Value);
                break;
        }
    }

    internal void Leave(Node node, NodeKind kind)
    {
        switch (kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition or NodeKind.InlineFragment or NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue or NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    private void EnterField(Field field)
    {
        var fieldDef = ParentType is { } parentType ? schema.GetField(parentType, field.Name.Value) : null;
        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef?.Type is { IsOutputType: true } type ? type : null);
    }

    private void EnterArgument(Language.Argument argument)
    {
        var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
        GraphQLArgument? definition = null;
        if (arguments is not null)
        {
            foreach (var candidate in arguments)
            {
                if (candidate.Name == argument.Name.Value)
                {
                    definition = candidate;
                    break;
                }
            }
        }

        Argument = definition;
        _defaultValueStack.Add(definition?.DefaultValue);
        _inputTypeStack.Add(definition?.Type is { IsInputType: true } type ? type : null);
    }

    private GraphQLDirective? FindDirective(string name)
    {
        foreach (var directive in schema.Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
