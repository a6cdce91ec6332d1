using System.Text.Json;

namespace Throughline.GraphQL.Execution;

/// <summary>Turns JSON into the plain CLR values that variable coercion and the default resolver understand.</summary>
public static class JsonValues
{
    /// <summary>
    /// JSON → CLR: string, bool, null, long (integral numbers that fit), double (every other number),
    /// <see cref="List{T}"/> of values and <see cref="Dictionary{TKey,TValue}"/> (member order kept, last duplicate wins).
    /// </summary>
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.Object => ToDictionary(element),
        _ => throw new FormatException($"Unsupported JSON value kind {element.ValueKind}."),
    };

    private static List<object?> ToList(JsonElement array)
    {
        var list = new List<object?>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            list.Add(ToClr(item));
        }

        return list;
    }

    private static Dictionary<string, object?> ToDictionary(JsonElement obj)
    {
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in obj.EnumerateObject())
        {
            dictionary[member.Name] = ToClr(member.Value);
        }

        return dictionary;
    }
}
