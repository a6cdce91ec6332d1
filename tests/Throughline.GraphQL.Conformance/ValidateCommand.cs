using System.Text.Json.Nodes;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Conformance;

/// <summary>
/// "validate": {"schema": sdl, "documents": [text, ...], "hideSuggestions": bool?} → {"results": [{"errors":
/// [{message, locations}]} | {"crash": text}, ...]}, one result per document: the syntax error if it does not
/// parse, else the errors of the specified rules (through <see cref="GraphQLSchema.Validate(string)"/> unless
/// suggestions are hidden).
/// </summary>
internal sealed class ValidateCommand : IConformanceCommand
{
    public string Name => "validate";

    public Task<string> RunAsync(string inputJson)
    {
        var input = JsonNode.Parse(inputJson) ?? throw new ArgumentException("The request is empty.", nameof(inputJson));
        var sdl = input["schema"]?.GetValue<string>() ?? throw new ArgumentException("\"schema\" (SDL text) is missing.", nameof(inputJson));
        var documents = input["documents"]?.AsArray() ?? throw new ArgumentException("\"documents\" (array of texts) is missing.", nameof(inputJson));
        var schema = GraphQLSchema.FromSdl(sdl);
        var options = new ValidationOptions { HideSuggestions = input["hideSuggestions"]?.GetValue<bool>() ?? false };

        var results = new JsonArray();
        foreach (var document in documents)
        {
            results.Add(Validate(schema, document?.GetValue<string>() ?? string.Empty, options));
        }

        return Task.FromResult(new JsonObject { ["results"] = results }.ToJsonString());
    }

    private static JsonObject Validate(GraphQLSchema schema, string document, ValidationOptions options)
    {
        try
        {
            var errors = new JsonArray();
            var found = options.HideSuggestions ? ParseAndValidate(schema, document, options) : schema.Validate(document);
            foreach (var error in found)
            {
                var locations = new JsonArray();
                foreach (var location in error.Locations)
                {
                    locations.Add(new JsonObject { ["line"] = location.Line, ["column"] = location.Column });
                }

                errors.Add(new JsonObject { ["message"] = error.Message, ["locations"] = locations });
            }

            return new JsonObject { ["errors"] = errors };
        }
#pragma warning disable CA1031 // A crash on one document is reported for that document; the others still run.
        catch (Exception crash)
#pragma warning restore CA1031
        {
            return new JsonObject { ["crash"] = crash.ToString() };
        }
    }

    private static IReadOnlyList<GraphQLError> ParseAndValidate(GraphQLSchema schema, string document, ValidationOptions options)
    {
        Document parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxException syntaxError)
        {
            return [syntaxError.Error];
        }

        return DocumentValidator.Validate(schema, parsed, options: options);
    }
}
