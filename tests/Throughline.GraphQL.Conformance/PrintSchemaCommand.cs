using System.Text.Json;
using System.Text.Json.Nodes;

namespace Throughline.GraphQL.Conformance;

/// <summary>
/// "print-schema": builds each SDL with <see cref="GraphQLSchema.FromSdl"/> and answers its PrintSdl(), or the
/// schema errors (message + locations) when it does not build.
/// Input: {"schemas":[{"name":"...","sdl":"..."}]}. Output: {"results":[{"name","printed"}|{"name","errors":[...]}]}.
/// </summary>
internal sealed class PrintSchemaCommand : IConformanceCommand
{
    public string Name => "print-schema";

    public Task<string> RunAsync(string inputJson)
    {
        var input = JsonNode.Parse(inputJson)!;
        var results = new JsonArray();
        foreach (var item in input["schemas"]!.AsArray())
        {
            var name = item!["name"]!.GetValue<string>();
            var sdl = item["sdl"]!.GetValue<string>();
            var result = new JsonObject { ["name"] = name };
            try
            {
                result["printed"] = GraphQLSchema.FromSdl(sdl).PrintSdl();
            }
            catch (GraphQLSchemaException exception)
            {
                result["errors"] = SchemaErrorJson.From(exception.Errors);
            }

            results.Add(result);
        }

        return Task.FromResult(new JsonObject { ["results"] = results }.ToJsonString(SchemaErrorJson.Options));
    }
}

/// <summary>Schema errors in graphql-js's JSON shape (message, locations).</summary>
internal static class SchemaErrorJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonArray From(IEnumerable<GraphQLError> errors)
    {
        var array = new JsonArray();
        foreach (var error in errors)
        {
            var locations = new JsonArray();
            foreach (var location in error.Locations)
            {
                locations.Add(new JsonObject { ["line"] = location.Line, ["column"] = location.Column });
            }

            array.Add(new JsonObject { ["message"] = error.Message, ["locations"] = locations });
        }

        return array;
    }
}
