using System.Text.Json;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// What a client asks for: a document, optionally which operation in it, and the variables' raw values.
/// Variables hold plain CLR values (string, bool, null, long, double, lists, string-keyed dictionaries) exactly as
/// <see cref="JsonValues"/> produces them from JSON, so coercion sees what graphql-js would see from JSON.parse.
/// </summary>
public sealed record ExecutionRequest(string Query)
{
    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Handed to every resolver as <c>ResolveFieldContext.UserContext</c>.</summary>
    public object? UserContext { get; init; }

    /// <summary>The value the root fields resolve against (<c>ResolveFieldContext.Source</c> of root fields).</summary>
    public object? RootValue { get; init; }

    /// <summary>
    /// Reads a GraphQL-over-HTTP body: <c>{"query": "...", "operationName": "...", "variables": {...}}</c>.
    /// </summary>
    /// <exception cref="FormatException">The body is not such an object; the message names the offending member.</exception>
    public static ExecutionRequest FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromJson(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Request body is not valid JSON: {e.Message}", e);
        }
    }

    /// <inheritdoc cref="FromJson(string)"/>
    public static ExecutionRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Request body must be a JSON object, found {body.ValueKind}.");
        }

        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("Request body must have a string member \"query\".");
        }

        string? operationName = null;
        if (body.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            operationName = name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : throw new FormatException("Member \"operationName\" must be a string or null.");
        }

        return new ExecutionRequest(query.GetString()!)
        {
            OperationName = operationName,
            Variables = body.TryGetProperty("variables", out var variables) ? VariablesFromJson(variables) : null,
        };
    }

    /// <summary>Converts a JSON object of variables (or null) into the CLR shape <see cref="Variables"/> holds.</summary>
    /// <exception cref="FormatException">The element is neither an object nor null.</exception>
    public static IReadOnlyDictionary<string, object?>? VariablesFromJson(JsonElement variables) =>
        variables.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)JsonValues.ToClr(variables)!,
            _ => throw new FormatException($"Member \"variables\" must be an object or null, found {variables.ValueKind}."),
        };

    /// <inheritdoc cref="VariablesFromJson(JsonElement)"/>
    public static IReadOnlyDictionary<string, object?>? VariablesFromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return VariablesFromJson(document.RootElement);
    }
}
