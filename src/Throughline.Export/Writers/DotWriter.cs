using System.Text;
using Throughline.Core.Model;
using Throughline.Export.Model;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// Graphviz DOT: a digraph with one node per entity (labelled by name, shaped by kind) and one edge per relation
/// (labelled by type; dashed when Denied, Disputed or Retracted), every column of <see cref="Columns"/> as an attribute, and
/// the quotes as the edge's tooltip so an SVG shows them on hover. <c>dot -Tsvg</c> draws it.
/// </summary>
internal sealed class DotWriter : IExportWriter
{
    public async Task WriteAsync(ExportGraph graph, SpillStream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, CsvWriter.Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var pacer = new Pacer(output, writer.Flush);
        writer.WriteLine("digraph throughline {");
        writer.WriteLine("  graph [rankdir=LR, fontname=\"Helvetica\"];");
        writer.WriteLine("  node [shape=box, style=rounded, fontname=\"Helvetica\"];");
        writer.WriteLine("  edge [fontname=\"Helvetica\", fontsize=10];");
        await foreach (var entity in graph.EntitiesAsync(ct).ConfigureAwait(false))
        {
            writer.Write("  ");
            Quoted(writer, entity.Id);
            writer.Write(" [");
            Attribute(writer, "shape", Shape(entity.Kind));
            foreach (var column in Columns.Node)
            {
                Attribute(writer, column.Name, column.Text(entity));
            }

            writer.WriteLine("];");
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        await foreach (var item in graph.RelationsAsync(ct).ConfigureAwait(false))
        {
            var relation = item.Relation;
            writer.Write("  ");
            Quoted(writer, relation.From);
            writer.Write(" -> ");
            Quoted(writer, relation.To);
            writer.Write(" [");
            Attribute(writer, "id", relation.Id);
            Attribute(writer, "label", Label(relation));
            Attribute(writer, "style", relation.Status is RelationStatus.Reported or RelationStatus.Confirmed ? null : "dashed");
            Attribute(writer, "tooltip", string.Join("\n", relation.Evidence.Select(e => $"\u201c{e.Quote}\u201d ({e.ArticleId})")));
            foreach (var column in Columns.Edge.Where(c => c.Name != "type"))
            {
                Attribute(writer, column.Name, column.Text(item));
            }

            Attribute(writer, "relationType", relation.Type.WireName());
            writer.WriteLine("];");
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        writer.WriteLine("}");
        await pacer.FinishAsync(ct).ConfigureAwait(false);
    }

    private static string Label(Relation relation)
    {
        var label = new StringBuilder(relation.Type.WireName());
        if (relation.Product is { } product)
        {
            label.Append(": ").Append(product);
        }

        if (relation.Status is not RelationStatus.Reported)
        {
            label.Append(" [").Append(relation.Status).Append(']');
        }

        return label.ToString();
    }

    private static string Shape(EntityKind kind) => kind switch
    {
        EntityKind.Person => "ellipse",
        EntityKind.GovernmentBody => "house",
        EntityKind.Place => "oval",
        EntityKind.Project => "folder",
        EntityKind.Product => "component",
        EntityKind.SanctionsList => "note",
        EntityKind.Event => "cds",
        _ => "box",
    };

    private static void Attribute(TextWriter writer, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        writer.Write(name);
        writer.Write('=');
        Quoted(writer, value);
        writer.Write(", ");
    }

    /// <summary>A DOT double-quoted string: quotation marks and backslashes escaped, line breaks as \n.</summary>
    private static void Quoted(TextWriter writer, string value)
    {
        writer.Write('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    writer.Write("\\\"");
                    break;
                case '\\':
                    writer.Write("\\\\");
                    break;
                case '\n':
                    writer.Write("\\n");
                    break;
                case '\r':
                    break;
                default:
                    writer.Write(c);
                    break;
            }
        }

        writer.Write('"');
    }
}
