using System.Collections;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Conformance;

/// <summary>
/// "parse": for each case {source | sourceUtf16, kind?: document|value|constValue|type, maxTokens?, maxDepth?} answers
/// either {printed, printedShallow, nodes} (Printer.Print output, the same with maxIndentDepth 2, and every node's
/// "Kind:start:end", sorted) or {error: {message, locations}}.
/// sourceUtf16 is base64 of UTF-16LE code units: JSON strings cannot carry the lone surrogates some cases are about.
/// </summary>
internal sealed class ParseCommand : IConformanceCommand
{
    public string Name => "parse";

    public Task<string> RunAsync(string inputJson)
    {
        using var request = JsonDocument.Parse(inputJson);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var item in request.RootElement.EnumerateArray())
            {
                WriteCase(writer, item);
            }

            writer.WriteEndArray();
        }

        return Task.FromResult(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteCase(Utf8JsonWriter writer, JsonElement item)
    {
        var source = item.TryGetProperty("sourceUtf16", out var utf16)
            ? new string(MemoryMarshal.Cast<byte, char>(utf16.GetBytesFromBase64()))
            : item.GetProperty("source").GetString()!;
        var kind = item.TryGetProperty("kind", out var k) ? k.GetString() : "document";
        var options = new ParseOptions
        {
            MaxTokens = item.TryGetProperty("maxTokens", out var t) ? t.GetInt32() : ParseOptions.Default.MaxTokens,
            MaxDepth = item.TryGetProperty("maxDepth", out var d) ? d.GetInt32() : ParseOptions.Default.MaxDepth,
        };

        writer.WriteStartObject();
        try
        {
            Node node = kind switch
            {
                "value" => Parser.ParseValue(source, options),
                "constValue" => Parser.ParseConstValue(source, options),
                "type" => Parser.ParseType(source, options),
                _ => Parser.Parse(source, options),
            };
            writer.WriteString("printed", Printer.Print(node));
            writer.WriteString("printedShallow", Printer.Print(node, maxIndentDepth: 2));
            writer.WriteStartArray("nodes");
            foreach (var entry in DescribeNodes(node).Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(entry);
            }

            writer.WriteEndArray();
        }
        catch (GraphQLSyntaxException e)
        {
            writer.WriteStartObject("error");
            writer.WriteString("message", e.Error.Message);
            writer.WriteStartArray("locations");
            foreach (var location in e.Error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    // AST record names equal graphql-js Kind values, so "Kind:start:end" entries compare directly.
    private static IEnumerable<string> DescribeNodes(Node node)
    {
        yield return $"{node.GetType().Name}:{node.Location.Start}:{node.Location.End}";
        foreach (var property in node.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length != 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            var children = property.GetValue(node) switch
            {
                Node child => [child],
                IEnumerable list and not string => list.OfType<Node>(),
                _ => [],
            };
            foreach (var child in children)
            {
                foreach (var entry in DescribeNodes(child))
                {
                    yield return entry;
                }
            }
        }
    }
}
