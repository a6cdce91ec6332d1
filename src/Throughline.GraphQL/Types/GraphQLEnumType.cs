using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>An enum type, with graphql-js 16's coercion messages. https://spec.graphql.org/October2021/#sec-Enums</summary>
public sealed class GraphQLEnumType(string name, string? description = null) : GraphQLNamedType(name, description)
{
    private readonly List<GraphQLEnumValue> _values = [];
    private readonly Dictionary<string, GraphQLEnumValue> _byName = new(StringComparer.Ordinal);

    /// <summary>Values in definition order (extensions appended).</summary>
    public IReadOnlyList<GraphQLEnumValue> Values => _values;

    public GraphQLEnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Internal value → the enum value's name.</summary>
    public string Serialize(object? value)
    {
        foreach (var enumValue in _values)
        {
            if (Equals(enumValue.Value, value))
            {
                return enumValue.Name;
            }
        }

        // A CLR enum member or a string naming a value is accepted when no internal values were bound.
        if (value is Enum or string && GetValue(value.ToString()!) is { } byName && byName.Value is string)
        {
            return byName.Name;
        }

        throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Variable value (a string) → internal value.</summary>
    public object? ParseValue(object? value)
    {
        var unwrapped = JsSemantics.Unwrap(value);
        if (unwrapped is not string text)
        {
            var valueStr = ValueInspector.Inspect(unwrapped);
            throw new GraphQLCoercionException(
                $"Enum \"{Name}\" cannot represent non-string value: {valueStr}." + DidYouMean(valueStr));
        }

        return GetValue(text) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLCoercionException(
                $"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMean(text));
    }

    /// <summary>Enum literal → internal value.</summary>
    public object? ParseLiteral(Value literal)
    {
        var valueStr = ValueText.Print(literal);
        if (literal is not EnumValue e)
        {
            throw new GraphQLCoercionException(
                $"Enum \"{Name}\" cannot represent non-enum value: {valueStr}." + DidYouMean(valueStr), literal);
        }

        return GetValue(e.Value) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLCoercionException(
                $"Value \"{valueStr}\" does not exist in \"{Name}\" enum." + DidYouMean(valueStr), literal);
    }

    internal void AddValue(GraphQLEnumValue value)
    {
        if (_byName.TryAdd(value.Name, value))
        {
            _values.Add(value);
        }
    }

    private string DidYouMean(string unknown) =>
        Suggestions.DidYouMean(Suggestions.List(unknown, _values.Select(v => v.Name)), "the enum value");
}
