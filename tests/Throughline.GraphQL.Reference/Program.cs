using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

// GraphQL.NET 8.8.5 behind the same stdin/stdout protocol as tests/Throughline.GraphQL.Conformance:
//   execute:  {"schema","query","variables"?,"rootValue"?,"operationName"?} -> GraphQL.NET's serialized {"data","errors"}
//   validate: {"schema","documents":[...]} -> {"results":[{"errors":[{message,locations}]}, ...]}
// Exit 0 when GraphQL.NET answered, 2 when its schema could not be built; a crash ends the process with the runtime's
// own exit code, which is what the comparison records.
if (args.Length != 1 || args[0] is not ("execute" or "validate"))
{
    await Console.Error.WriteLineAsync("usage: Throughline.GraphQL.Reference <execute|validate> < request.json");
    return 2;
}

var request = JsonDocument.Parse(await Console.In.ReadToEndAsync()).RootElement;
ISchema schema;
try
{
    schema = ReferenceSchema.Build(request.GetProperty("schema").GetString()!);
}
#pragma warning disable CA1031 // Any failure to build the schema is the answer being recorded.
catch (Exception e)
#pragma warning restore CA1031
{
    await Console.Out.WriteAsync(JsonSerializer.Serialize(new { schemaError = $"{e.GetType().Name}: {e.Message}" }));
    return 2;
}

if (args[0] == "execute")
{
    var serializer = new GraphQLSerializer();
    var result = await ReferenceEngine.ExecuteAsync(
        schema,
        request.GetProperty("query").GetString()!,
        request.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
            ? serializer.Deserialize<Inputs>(variables.GetRawText()) : Inputs.Empty,
        request.TryGetProperty("rootValue", out var root) ? JsonClr.From(root) : null,
        request.TryGetProperty("operationName", out var name) ? name.GetString() : null);
    await Console.Out.WriteAsync(serializer.Serialize(result));
    return 0;
}

var results = new JsonArray();
foreach (var document in request.GetProperty("documents").EnumerateArray())
{
    var errors = new JsonArray();
    foreach (var error in await ReferenceEngine.ValidateAsync(schema, document.GetString()!))
    {
        var locations = new JsonArray();
        foreach (var location in error.Locations ?? [])
        {
            locations.Add(new JsonObject { ["line"] = location.Line, ["column"] = location.Column });
        }

        errors.Add(new JsonObject { ["message"] = error.Message, ["locations"] = locations });
    }

    results.Add(new JsonObject { ["errors"] = errors });
}

await Console.Out.WriteAsync(new JsonObject { ["results"] = results }.ToJsonString());
return 0;
