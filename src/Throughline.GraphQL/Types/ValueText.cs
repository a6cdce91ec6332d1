using System.Text.Json;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

// Prints a literal for coercion messages (graphql-js printForError).
internal static class ValueText
{
    public static string Print(Value value) => value switch
    {
        Variable v => "$" + v.Name.Value,
        IntValue i => i.Value,
        FloatValue f => f.Value,
        StringValue s => JsonSerializer.Serialize(s.Value),
        BooleanValue b => b.Value ? "true" : "false",
        NullValue => "null",
        EnumValue e => e.Value,
        ListValue l => "[" + string.Join(", ", l.Values.Select(Print)) + "]",
        ObjectValue o => "{" + string.Join(", ", o.Fields.Select(f => f.Name.Value + ": " + Print(f.Value))) + "}",
        _ => value.ToString() ?? string.Empty,
    };
}
