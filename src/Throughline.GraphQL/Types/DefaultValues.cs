using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>
/// Default values as graphql-js shows them: it coerces the SDL literal (valueFromAST) and turns the result back
/// into a literal (astFromValue), so <c>[Int] = 1</c> shows as <c>[1]</c>, <c>Float = 1.0</c> as <c>1</c>, input
/// objects list their fields in definition order with nested defaults filled in, and an invalid default is
/// treated as no default. Introspection and SDL printing both go through here.
/// </summary>
internal static partial class DefaultValues
{
    /// <summary>The printed default of an argument or input field, or null when it has none.</summary>
    public static string? Print(GraphQLInputValue value) =>
        value.DefaultValue is { } literal && Canonicalize(literal, value.Type) is { } canonical
            ? ValueText.Print(canonical)
            : null;

    /// <summary>The literal graphql-js would print for <paramref name="literal"/> coerced to <paramref name="type"/>; null if it does not coerce.</summary>
    public static Value? Canonicalize(Value literal, GraphQLType type)
    {
        if (type is GraphQLNonNull nonNull)
        {
            return literal is NullValue ? null : Canonicalize(literal, nonNull.OfType);
        }

        if (literal is NullValue)
        {
            return literal;
        }

        switch (type)
        {
            case GraphQLList list:
                if (literal is ListValue items)
                {
                    var converted = new List<Value>(items.Values.Count);
                    foreach (var item in items.Values)
                    {
                        if (Canonicalize(item, list.OfType) is not { } c)
                        {
                            return null;
                        }

                        converted.Add(c);
                    }

                    return new ListValue(converted);
                }

                // A single value where a list is expected coerces to a list of one.
                return Canonicalize(literal, list.OfType) is { } single ? new ListValue([single]) : null;
            case GraphQLInputObjectType input:
                return CanonicalizeObject(literal, input);
            case GraphQLEnumType enumType:
                return literal is EnumValue e && enumType.GetValue(e.Value) is not null ? new EnumValue(e.Value) : null;
            case GraphQLScalarType scalar:
                return CanonicalizeScalar(literal, scalar);
            default:
                return null;
        }
    }

    private static ObjectValue? CanonicalizeObject(Value literal, GraphQLInputObjectType input)
    {
        if (literal is not ObjectValue obj)
        {
            return null;
        }

        var given = obj.Fields.GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First().Value);
        if (given.Keys.Any(k => input.GetField(k) is null))
        {
            return null;
        }

        var fields = new List<ObjectField>();
        foreach (var field in input.Fields.Values)
        {
            Value? value = null;
            if (given.TryGetValue(field.Name, out var fieldLiteral))
            {
                value = Canonicalize(fieldLiteral, field.Type);
                if (value is null)
                {
                    return null;
                }
            }
            else if (field.DefaultValue is { } fieldDefault)
            {
                value = Canonicalize(fieldDefault, field.Type);
            }
            else if (field.Type is GraphQLNonNull)
            {
                return null;
            }

            if (value is not null)
            {
                fields.Add(new ObjectField(new Name(field.Name), value));
            }
        }

        return new ObjectValue(fields);
    }

    private static Value? CanonicalizeScalar(Value literal, GraphQLScalarType scalar)
    {
        object? serialized;
        try
        {
            serialized = scalar.Serialize(scalar.ParseLiteral(literal));
        }
        catch (GraphQLCoercionException)
        {
            return null;
        }

        return FromSerialized(serialized, scalar) ?? literal;
    }

    // graphql-js astFromValue for a leaf's serialized value.
    private static Value? FromSerialized(object? serialized, GraphQLScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return new NullValue();
            case bool b:
                return new BooleanValue(b);
            case string s:
                return scalar.Name == "ID" && IntegerPattern().IsMatch(s) ? new IntValue(s) : new StringValue(s);
        }

        if (ValueInspector.AsNumber(serialized) is { } n && double.IsFinite(n))
        {
            var text = ValueInspector.FormatNumber(n);
            return IntegerPattern().IsMatch(text) ? new IntValue(text) : new FloatValue(text);
        }

        // Lists and objects from an unbound custom scalar: graphql-js cannot show them; keep the literal.
        return serialized is IFormattable formattable && serialized is not Enum
            ? new StringValue(formattable.ToString(null, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
