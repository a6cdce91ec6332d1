using System.Globalization;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>
/// A literal's value without a type to guide it (graphql-js valueFromASTUntyped): what a custom scalar
/// without a ParseLiteral hook receives.
/// </summary>
public static class UntypedValue
{
    public static object? FromAst(Value literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        NullValue => null,
        IntValue i => ParseInteger(i.Value),
        FloatValue f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValue s => s.Value,
        BooleanValue b => b.Value,
        EnumValue e => e.Value,
        ListValue l => l.Values.Select(v => FromAst(v, variables)).ToList(),
        ObjectValue o => o.Fields.Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, field) =>
            {
                map[field.Name.Value] = FromAst(field.Value, variables);
                return map;
            }),
        Variable v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => throw new ArgumentException($"Unexpected value node {literal.GetType().Name}.", nameof(literal)),
    };

    // Int literals are arbitrary-precision text; keep the smallest CLR type that holds them.
    private static object ParseInteger(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
