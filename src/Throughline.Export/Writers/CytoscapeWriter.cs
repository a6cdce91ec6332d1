using System.Text.Encodings.Web;
using System.Text.Json;
using Throughline.Export.Model;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// Cytoscape.js elements, <c>{"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}</c>, ready for
/// <c>cy.add(json.elements)</c>. Data keys are the columns of <see cref="Columns"/>; an edge's evidence is a JSON array of
/// {article, quote, start, end} rather than text.
/// </summary>
internal sealed class CytoscapeWriter : IExportWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(ExportGraph graph, SpillStream output, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        var pacer = new Pacer(output, json.Flush);
        json.WriteStartObject();
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        await foreach (var entity in graph.EntitiesAsync(ct).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", entity.Id);
            foreach (var column in Columns.Node)
            {
                Value(json, column.Name, column.Value(entity));
            }

            json.WriteEndObject();
            json.WriteEndObject();
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        await foreach (var relation in graph.RelationsAsync(ct).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", relation.Relation.Id);
            json.WriteString("source", relation.Relation.From);
            json.WriteString("target", relation.Relation.To);
            foreach (var column in Columns.Edge)
            {
                if (column.Name == "evidence")
                {
                    json.WritePropertyName("evidence");
                    EvidenceJson.Write(json, relation.Relation.Evidence);
                }
                else
                {
                    Value(json, column.Name, column.Value(relation));
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await pacer.FinishAsync(ct).ConfigureAwait(false);
    }

    private static void Value(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case double d:
                json.WriteNumber(name, d);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            default:
                json.WriteString(name, Column<object>.Format(value));
                break;
        }
    }
}
