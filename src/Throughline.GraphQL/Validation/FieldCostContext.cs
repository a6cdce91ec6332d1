using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// What <see cref="ComplexityOptions.FieldCost"/> knows of one selected field: where it is, what its sub-selection
/// costs, and the values its arguments will have at execution (the literal, else the request's variable value, else
/// the variable's default, else the schema's default — also for the fields of input objects).
/// </summary>
public sealed class FieldCostContext
{
    private readonly Field _field;
    private readonly IReadOnlyDictionary<string, object?> _variables;

    internal FieldCostContext(string typeName, GraphQLField definition, Field field, long childrenCost, IReadOnlyDictionary<string, object?> variables)
    {
        TypeName = typeName;
        Definition = definition;
        _field = field;
        ChildrenCost = childrenCost;
        _variables = variables;
    }

    /// <summary>The type the field is selected on.</summary>
    public string TypeName { get; }

    public GraphQLField Definition { get; }

    public string FieldName => Definition.Name;

    /// <summary>The cost of one item of the field's sub-selection (0 for a leaf).</summary>
    public long ChildrenCost { get; }

    /// <summary>
    /// The value at <paramref name="path"/>: an argument name, then input-object field names. Untyped, as from JSON:
    /// ints as int/long, floats as double, enums as their names, input objects as dictionaries, lists as lists; null when absent.
    /// </summary>
    public object? Argument(params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return null;
        }

        GraphQLInputValue? slot = Definition.GetArgument(path[0]);
        var given = _field.Arguments.FirstOrDefault(a => a.Name.Value == path[0]);
        var value = given is not null && Given(given.Value) is var (found, v) && found ? v : Default(slot);
        foreach (var name in path.Skip(1))
        {
            var inputField = (slot?.Type.GetNamedType() as GraphQLInputObjectType)?.GetField(name);
            value = value switch
            {
                IReadOnlyDictionary<string, object?> map when map.TryGetValue(name, out var inner) && inner is not null => inner,
                IDictionary<string, object?> map when map.TryGetValue(name, out var inner) && inner is not null => inner,
                _ => Default(inputField),
            };
            slot = inputField;
        }

        return value;
    }

    // A variable the request leaves out (and that declares no default) behaves as an omitted argument.
    private (bool Found, object? Value) Given(Value literal) =>
        literal is Variable variable && !_variables.ContainsKey(variable.Name.Value)
            ? (false, null)
            : (true, UntypedValue.FromAst(literal, _variables));

    private object? Default(GraphQLInputValue? slot) => slot?.DefaultValue is { } literal ? UntypedValue.FromAst(literal) : null;
}
