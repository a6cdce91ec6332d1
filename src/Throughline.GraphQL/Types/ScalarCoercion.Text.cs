using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

// graphql-js scalars.js, GraphQLString.
internal static class StringCoercion
{
    public static object? Serialize(object? output)
    {
        var coerced = JsSemantics.Unwrap(output);
        switch (coerced)
        {
            case string s:
                return s;
            case char c:
                return c.ToString();
            case bool b:
                return b ? "true" : "false";
        }

        if (ValueInspector.AsNumber(coerced) is { } n && double.IsFinite(n))
        {
            return ValueInspector.FormatNumber(n);
        }

        throw new GraphQLCoercionException($"String cannot represent value: {ValueInspector.Inspect(output)}");
    }

    public static object? ParseValue(object? input) => JsSemantics.Unwrap(input) is string s
        ? s
        : throw new GraphQLCoercionException(
            $"String cannot represent a non string value: {ValueInspector.Inspect(JsSemantics.Unwrap(input))}");

    public static object? ParseLiteral(Value literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValue s
            ? s.Value
            : throw new GraphQLCoercionException(
                $"String cannot represent a non string value: {ValueText.Print(literal)}", literal);
}

// graphql-js scalars.js, GraphQLBoolean.
internal static class BooleanCoercion
{
    public static object? Serialize(object? output)
    {
        var coerced = JsSemantics.Unwrap(output);
        if (coerced is bool b)
        {
            return b;
        }

        if (ValueInspector.AsNumber(coerced) is { } n && double.IsFinite(n))
        {
            return n != 0;
        }

        throw new GraphQLCoercionException(
            $"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(coerced)}");
    }

    public static object? ParseValue(object? input) => JsSemantics.Unwrap(input) is bool b
        ? b
        : throw new GraphQLCoercionException(
            $"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(JsSemantics.Unwrap(input))}");

    public static object? ParseLiteral(Value literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is BooleanValue b
            ? b.Value
            : throw new GraphQLCoercionException(
                $"Boolean cannot represent a non boolean value: {ValueText.Print(literal)}", literal);
}

// graphql-js scalars.js, GraphQLID. A Guid is accepted as a string would be (CLR ids are often Guids).
internal static class IdCoercion
{
    public static object? Serialize(object? output)
    {
        var coerced = JsSemantics.Unwrap(output);
        if (coerced is string s)
        {
            return s;
        }

        if (coerced is Guid g)
        {
            return g.ToString();
        }

        if (coerced is not bool && ValueInspector.AsNumber(coerced) is { } n && JsSemantics.IsInteger(n))
        {
            return ValueInspector.FormatNumber(n);
        }

        throw new GraphQLCoercionException($"ID cannot represent value: {ValueInspector.Inspect(output)}");
    }

    public static object? ParseValue(object? input)
    {
        var value = JsSemantics.Unwrap(input);
        if (value is string s)
        {
            return s;
        }

        if (value is not bool && ValueInspector.AsNumber(value) is { } n && JsSemantics.IsInteger(n))
        {
            return ValueInspector.FormatNumber(n);
        }

        throw new GraphQLCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    public static object? ParseLiteral(Value literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValue s => s.Value,
        IntValue i => i.Value,
        _ => throw new GraphQLCoercionException(
            "ID cannot represent a non-string and non-integer value: " + ValueText.Print(literal), literal),
    };
}
