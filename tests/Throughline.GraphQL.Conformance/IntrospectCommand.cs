using System.Text.Json;
using System.Text.Json.Nodes;
using Throughline.GraphQL.Execution;

namespace Throughline.GraphQL.Conformance;

/// <summary>
/// "introspect": builds each SDL and executes the given query (graphql-js's getIntrospectionQuery() text, sent
/// by the Node test) with the real executor, answering the response JSON per schema.
/// Input: {"query":"...","schemas":[{"name","sdl"}]}. Output: {"results":[{"name","result":{...}}]}.
/// </summary>
internal sealed class IntrospectCommand : IConformanceCommand
{
    public string Name => "introspect";

    public async Task<string> RunAsync(string inputJson)
    {
        var input = JsonNode.Parse(inputJson)!;
        var query = input["query"]!.GetValue<string>();
        var results = new JsonArray();
        foreach (var item in input["schemas"]!.AsArray())
        {
            var name = item!["name"]!.GetValue<string>();
            var result = new JsonObject { ["name"] = name };
            try
            {
                var schema = GraphQLSchema.FromSdl(item["sdl"]!.GetValue<string>());
                var response = await schema.ExecuteAsync(new ExecutionRequest(query));
                result["result"] = JsonNode.Parse(response.ToJson());
            }
            catch (GraphQLSchemaException exception)
            {
                result["result"] = new JsonObject { ["errors"] = SchemaErrorJson.From(exception.Errors) };
            }

            results.Add(result);
        }

        return new JsonObject { ["results"] = results }.ToJsonString(SchemaErrorJson.Options);
    }
}
