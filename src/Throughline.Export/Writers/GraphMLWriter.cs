using System.Xml;
using Throughline.Export.Model;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// GraphML: one typed &lt;key&gt; per attribute of <see cref="Columns"/> (string, int, double), nodes then directed
/// edges with the relation id as the edge id. Absent values are left out, as GraphML intends.
/// </summary>
internal sealed class GraphMLWriter : IExportWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public async Task WriteAsync(ExportGraph graph, SpillStream output, CancellationToken ct)
    {
        using var xml = XmlOutput.Create(output);
        var pacer = new Pacer(output, xml.Flush);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var column in Columns.Node)
        {
            Key(xml, "n-" + column.Name, "node", column.Name, column.Type);
        }

        foreach (var column in Columns.Edge)
        {
            Key(xml, "e-" + column.Name, "edge", column.Name, column.Type);
        }

        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "throughline");
        xml.WriteAttributeString("edgedefault", "directed");
        await foreach (var entity in graph.EntitiesAsync(ct).ConfigureAwait(false))
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", XmlOutput.Clean(entity.Id));
            foreach (var column in Columns.Node)
            {
                Data(xml, "n-" + column.Name, column.Text(entity));
            }

            xml.WriteEndElement();
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        await foreach (var relation in graph.RelationsAsync(ct).ConfigureAwait(false))
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", XmlOutput.Clean(relation.Relation.Id));
            xml.WriteAttributeString("source", XmlOutput.Clean(relation.Relation.From));
            xml.WriteAttributeString("target", XmlOutput.Clean(relation.Relation.To));
            foreach (var column in Columns.Edge)
            {
                Data(xml, "e-" + column.Name, column.Text(relation));
            }

            xml.WriteEndElement();
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        await pacer.FinishAsync(ct).ConfigureAwait(false);
    }

    private static void Key(XmlWriter xml, string id, string scope, string name, ColumnType type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type switch
        {
            ColumnType.Int => "int",
            ColumnType.Double => "double",
            ColumnType.Bool => "boolean",
            _ => "string",
        });
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlOutput.Clean(value));
        xml.WriteEndElement();
    }
}
