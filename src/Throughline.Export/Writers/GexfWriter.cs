using System.Globalization;
using System.Xml;
using Throughline.Core.Model;
using Throughline.Export.Model;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// GEXF 1.3, a dynamic graph with dates: each relation with a validFrom or validTo has one spell from the first day of
/// validFrom to the last day of validTo (an open end is left out), so Gephi's timeline shows a stake held 2010–2016 only
/// then. The entity name is the node label, the relation type the edge label and its confidence the edge weight; every
/// other column of <see cref="Columns"/> is a typed attribute.
/// </summary>
internal sealed class GexfWriter : IExportWriter
{
    private const string Ns = "http://gexf.net/1.3";

    private static readonly Column<Entity>[] NodeAttributes = [.. Columns.Node.Where(c => c.Name != "label")];

    public async Task WriteAsync(ExportGraph graph, SpillStream output, CancellationToken ct)
    {
        using var xml = XmlOutput.Create(output);
        var pacer = new Pacer(output, xml.Flush);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Ns);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", Ns + " http://gexf.net/1.3/gexf.xsd");
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Ns);
        xml.WriteElementString("creator", Ns, "Throughline");
        xml.WriteElementString("description", Ns, "Entities and the relations between them, each with its status, dates, confidence, independent sources and quotes.");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("timeformat", "date");
        Attributes(xml, "node", NodeAttributes.Select(c => (c.Name, c.Type)));
        Attributes(xml, "edge", Columns.Edge.Select(c => (c.Name, c.Type)));
        xml.WriteStartElement("nodes", Ns);
        await foreach (var entity in graph.EntitiesAsync(ct).ConfigureAwait(false))
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", XmlOutput.Clean(entity.Id));
            xml.WriteAttributeString("label", XmlOutput.Clean(entity.Name));
            Values(xml, NodeAttributes.Select(c => (c.Name, c.Text(entity))));
            xml.WriteEndElement();
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Ns);
        await foreach (var item in graph.RelationsAsync(ct).ConfigureAwait(false))
        {
            var relation = item.Relation;
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", XmlOutput.Clean(relation.Id));
            xml.WriteAttributeString("source", XmlOutput.Clean(relation.From));
            xml.WriteAttributeString("target", XmlOutput.Clean(relation.To));
            xml.WriteAttributeString("label", relation.Type.WireName());
            xml.WriteAttributeString("weight", relation.Confidence.ToString("R", CultureInfo.InvariantCulture));
            Values(xml, Columns.Edge.Select(c => (c.Name, c.Text(item))));
            Spell(xml, relation);
            xml.WriteEndElement();
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        await pacer.FinishAsync(ct).ConfigureAwait(false);
    }

    private static void Attributes(XmlWriter xml, string scope, IEnumerable<(string Name, ColumnType Type)> columns)
    {
        xml.WriteStartElement("attributes", Ns);
        xml.WriteAttributeString("class", scope);
        xml.WriteAttributeString("mode", "static");
        foreach (var (name, type) in columns)
        {
            xml.WriteStartElement("attribute", Ns);
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type switch
            {
                ColumnType.Int => "integer",
                ColumnType.Double => "double",
                ColumnType.Bool => "boolean",
                _ => "string",
            });
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Values(XmlWriter xml, IEnumerable<(string Name, string? Value)> values)
    {
        xml.WriteStartElement("attvalues", Ns);
        foreach (var (name, value) in values)
        {
            if (value is null)
            {
                continue;
            }

            xml.WriteStartElement("attvalue", Ns);
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", XmlOutput.Clean(value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Spell(XmlWriter xml, Relation relation)
    {
        if (relation.ValidFrom is null && relation.ValidTo is null)
        {
            return; // no dates: present throughout the timeline
        }

        xml.WriteStartElement("spells", Ns);
        xml.WriteStartElement("spell", Ns);
        if (relation.ValidFrom is { } from)
        {
            xml.WriteAttributeString("start", Day(from.FirstDay));
        }

        if (relation.ValidTo is { } to)
        {
            xml.WriteAttributeString("end", Day(to.LastDay));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Day(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
