using Throughline.Core.Model;
using Throughline.Export.Model;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// The rows of nodes.csv, edges.csv and evidence.csv. Headers import without mapping: Gephi's spreadsheet importer reads
/// Id/Label (nodes) and Id/Source/Target/Type/Label/Weight (edges, Type = Directed); Kumu reads Id/Label/Type/Description
/// (elements) and From/To/Direction/Label (connections). The relation type is Label and relationType, since Gephi
/// reserves an edge's Type for its direction. The other columns are <see cref="Columns"/>, named as in the other formats.
/// </summary>
internal static class CsvTables
{
    private static readonly Column<Entity>[] NodeRest = [.. Columns.Node.Where(c => c.Name is not ("label" or "kind" or "description"))];

    private static readonly Column<ExportRelation>[] EdgeRest = [.. Columns.Edge.Where(c => c.Name is not ("type" or "evidence"))];

    public static readonly string[] NodeHeader = ["Id", "Label", "Type", "Description", .. NodeRest.Select(c => c.Name)];

    public static readonly string[] EdgeHeader =
        ["Id", "Source", "Target", "From", "To", "Type", "Direction", "Label", "Weight", "relationType", .. EdgeRest.Select(c => c.Name)];

    public static readonly string[] EvidenceHeader =
        ["relationId", "index", "articleId", "articleTitle", "articleUrl", "quote", "start", "end", "stance", "speaker", "attributedTo", "origin", "observedAt"];

    public static void Node(TextWriter w, Entity e)
    {
        Csv.Field(w, e.Id);
        w.Write(',');
        Csv.Field(w, e.Name);
        w.Write(',');
        Csv.Field(w, e.Kind.ToString());
        w.Write(',');
        Csv.Field(w, e.Description);
        foreach (var column in NodeRest)
        {
            w.Write(',');
            Csv.Field(w, column.Text(e));
        }

        w.Write("\r\n");
    }

    public static void Edge(TextWriter w, ExportRelation item)
    {
        var r = item.Relation;
        var type = r.Type.WireName();
        Csv.Field(w, r.Id);
        w.Write(',');
        Csv.Field(w, r.From);
        w.Write(',');
        Csv.Field(w, r.To);
        w.Write(',');
        Csv.Field(w, r.From);
        w.Write(',');
        Csv.Field(w, r.To);
        w.Write(",Directed,directed,");
        w.Write(type);
        w.Write(',');
        w.Write(Column<object>.Format(r.Confidence));
        w.Write(',');
        w.Write(type);
        foreach (var column in EdgeRest)
        {
            w.Write(',');
            Csv.Field(w, column.Text(item));
        }

        w.Write("\r\n");
    }

    public static void Evidence(TextWriter w, Relation r, ExportGraph graph)
    {
        for (var i = 0; i < r.Evidence.Count; i++)
        {
            var e = r.Evidence[i];
            var article = graph.Article(e.ArticleId);
            Csv.Field(w, r.Id);
            w.Write(',');
            w.Write(i);
            w.Write(',');
            Csv.Field(w, e.ArticleId);
            w.Write(',');
            Csv.Field(w, article?.Title);
            w.Write(',');
            Csv.Field(w, article?.Url);
            w.Write(',');
            Csv.Field(w, e.Quote);
            w.Write(',');
            w.Write(e.Start);
            w.Write(',');
            w.Write(e.End);
            w.Write(',');
            w.Write(Columns.Wire(e.Stance));
            w.Write(',');
            Csv.Field(w, e.Speaker);
            w.Write(',');
            Csv.Field(w, e.AttributedTo);
            w.Write(',');
            Csv.Field(w, e.OriginId);
            w.Write(',');
            Csv.Field(w, e.ObservedAt?.ToString());
            w.Write("\r\n");
        }
    }

    public static void Header(TextWriter w, string[] header) => Csv.Row(w, header);
}
