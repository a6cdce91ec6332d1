using System.Globalization;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

// graphql-js scalars.js, GraphQLInt.
internal static class IntCoercion
{
    public static object? Serialize(object? output)
    {
        var coerced = JsSemantics.Unwrap(output);
        if (coerced is bool b)
        {
            return b ? 1 : 0;
        }

        var number = coerced is string { Length: > 0 } s ? JsSemantics.ToNumber(s) : ValueInspector.AsNumber(coerced);
        if (number is not { } n || !JsSemantics.IsInteger(n))
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(coerced)}");
        }

        if (n > int.MaxValue || n < int.MinValue)
        {
            throw new GraphQLCoercionException(
                "Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(coerced));
        }

        return (int)n;
    }

    public static object? ParseValue(object? input)
    {
        var value = JsSemantics.Unwrap(input);
        if (value is bool || ValueInspector.AsNumber(value) is not { } n || !JsSemantics.IsInteger(n))
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (n > int.MaxValue || n < int.MinValue)
        {
            throw new GraphQLCoercionException(
                $"Int cannot represent non 32-bit signed integer value: {ValueInspector.FormatNumber(n)}");
        }

        return (int)n;
    }

    public static object? ParseLiteral(Value literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValue i)
        {
            throw new GraphQLCoercionException(
                $"Int cannot represent non-integer value: {ValueText.Print(literal)}", literal);
        }

        if (!int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            throw new GraphQLCoercionException(
                $"Int cannot represent non 32-bit signed integer value: {i.Value}", literal);
        }

        return n;
    }
}

// graphql-js scalars.js, GraphQLFloat.
internal static class FloatCoercion
{
    public static object? Serialize(object? output)
    {
        var coerced = JsSemantics.Unwrap(output);
        if (coerced is bool b)
        {
            return b ? 1d : 0d;
        }

        var number = coerced is string { Length: > 0 } s ? JsSemantics.ToNumber(s) : ValueInspector.AsNumber(coerced);
        if (number is not { } n || !double.IsFinite(n))
        {
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(coerced)}");
        }

        return n;
    }

    public static object? ParseValue(object? input)
    {
        var value = JsSemantics.Unwrap(input);
        if (value is bool || ValueInspector.AsNumber(value) is not { } n || !double.IsFinite(n))
        {
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return n;
    }

    public static object? ParseLiteral(Value literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        FloatValue f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValue i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException(
            $"Float cannot represent non numeric value: {ValueText.Print(literal)}", literal),
    };
}
