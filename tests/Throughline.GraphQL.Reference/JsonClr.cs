using System.Text.Json;

/// <summary>JSON as plain dictionaries, lists and numbers: the root value GraphQL.NET's default resolvers read by name.</summary>
public static class JsonClr
{
    public static object? From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => From(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? (object)i : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
