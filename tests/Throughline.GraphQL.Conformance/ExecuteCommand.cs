using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Conformance;

/// <summary>
/// "execute": <c>{"schema": sdl, "data": rootValue, "asyncResolvers": bool?, "cases": [{"query", "variables"?,
/// "operationName"?, "hideSuggestions"?}]}</c> → a JSON array with one response per case. Every field of every object type is bound to the
/// fixture rule that tests/conformance/execution.test.mjs gives graphql-js; the scalars "Date" and "JSON" (when the SDL
/// has them) get the same behaviour as there. With "asyncResolvers" every resolver first yields its thread, so sibling
/// fields really run concurrently.
/// </summary>
internal sealed partial class ExecuteCommand : IConformanceCommand
{
    public string Name => "execute";

    public async Task<string> RunAsync(string inputJson)
    {
        using var input = JsonDocument.Parse(inputJson);
        var root = input.RootElement;
        var sdl = root.GetProperty("schema").GetString()!;
        var data = JsonValues.ToClr(root.GetProperty("data"));
        var asynchronous = root.TryGetProperty("asyncResolvers", out var mode) && mode.ValueKind == JsonValueKind.True;
        var schema = GraphQLSchema.FromSdl(sdl, BindFixture(GraphQLSchema.FromSdl(sdl), asynchronous));

        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartArray();
            foreach (var testCase in root.GetProperty("cases").EnumerateArray())
            {
                var request = new ExecutionRequest(testCase.GetProperty("query").GetString()!)
                {
                    OperationName = testCase.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String
                        ? name.GetString()
                        : null,
                    Variables = testCase.TryGetProperty("variables", out var variables)
                        ? ExecutionRequest.VariablesFromJson(variables)
                        : null,
                    RootValue = data,
                };
                var hideSuggestions = testCase.TryGetProperty("hideSuggestions", out var hide) && hide.ValueKind == JsonValueKind.True;
                var result = await schema.ExecuteAsync(
                    request,
                    CancellationToken.None,
                    hideSuggestions ? new ExecutionOptions { ValidationOptions = new() { HideSuggestions = true } } : null);
                result.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static ResolverMap BindFixture(GraphQLSchema plain, bool asynchronous)
    {
        var resolvers = new ResolverMap();
        FieldResolver resolver = asynchronous ? ResolveFromFixtureAsync : ResolveFromFixture;
        foreach (var type in plain.Types.Values.OfType<GraphQLObjectType>().Where(t => !t.IsIntrospectionType))
        {
            foreach (var field in type.Fields.Values)
            {
                resolvers.Field(type.Name, field.Name, resolver);
            }
        }

        if (plain.GetType("Date") is GraphQLScalarType)
        {
            resolvers.Scalar("Date", new ScalarBinding(ParseDate, ParseDate, ParseDateLiteral));
        }

        if (plain.GetType("JSON") is GraphQLScalarType)
        {
            resolvers.Scalar("JSON", new ScalarBinding(value => value, value => value, UntypedValue.FromAst));
        }

        return resolvers;
    }

    // value = parent[fieldName]; {"$error": m} throws m; {"$byArg": a, "map": {...}} picks map[String(args[a])];
    // {"$echoArgs": true} returns the coerced arguments; {"$error"} items inside lists become error values.
    private static ValueTask<object?> ResolveFromFixture(ResolveFieldContext context)
    {
        if (context.Source is not IReadOnlyDictionary<string, object?> parent)
        {
            return ValueTask.FromResult<object?>(null);
        }

        return ValueTask.FromResult(Materialize(parent.GetValueOrDefault(context.FieldName), context.Arguments));
    }

    private static async ValueTask<object?> ResolveFromFixtureAsync(ResolveFieldContext context)
    {
        await Task.Yield();
        return await ResolveFromFixture(context);
    }

    private static object? Materialize(object? value, IReadOnlyDictionary<string, object?> arguments)
    {
        if (value is IReadOnlyDictionary<string, object?> map)
        {
            if (map.TryGetValue("$error", out var message))
            {
                throw new InvalidOperationException((string?)message);
            }

            if (map.TryGetValue("$byArg", out var argumentName))
            {
                var key = Convert.ToString(arguments.GetValueOrDefault((string)argumentName!), System.Globalization.CultureInfo.InvariantCulture);
                var choices = (IReadOnlyDictionary<string, object?>)map["map"]!;
                return Materialize(key is not null ? choices.GetValueOrDefault(key) : null, arguments);
            }

            if (map.ContainsKey("$echoArgs"))
            {
                return arguments;
            }
        }

        if (value is List<object?> list)
        {
            return list.ConvertAll(item =>
                item is IReadOnlyDictionary<string, object?> entry && entry.TryGetValue("$error", out var itemMessage)
                    ? new InvalidOperationException((string?)itemMessage)
                    : item);
        }

        return value;
    }

    private static object? ParseDate(object? value) =>
        value is string text && DatePattern().IsMatch(text)
            ? text
            : throw new GraphQLCoercionException($"Date cannot represent value: {JsonSerializer.Serialize(value)}");

    private static object? ParseDateLiteral(Value literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValue text && DatePattern().IsMatch(text.Value)
            ? text.Value
            : throw new GraphQLCoercionException("Date literal must be a \"YYYY-MM-DD\" string.", literal);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z")]
    private static partial Regex DatePattern();
}
